<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.ui" line="4"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="4"/>
        <source>Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="4"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="4"/>
        <source>Where to write the CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="4"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="4"/>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="4"/>
        <source>Columns (drag to reorder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="4"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="4"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="4"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="4"/>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="4"/>
        <source>The rows the filter shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="4"/>
        <source>The selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="4"/>
        <source>Write a header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="4"/>
        <source>Protect spreadsheets from formulas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="4"/>
        <source>Text starting with = + - @ gets a leading apostrophe, which Marquee removes again on import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilmDetailView</name>
    <message>
        <location filename="../ui/filmdetailview.ui" line="33"/>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="35"/>
        <source>Runtime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="37"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="39"/>
        <source>Certification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="41"/>
        <source>Released:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="43"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="45"/>
        <source>Countries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="47"/>
        <source>Genres:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="49"/>
        <source>Companies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="51"/>
        <source>Where to watch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="56"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="56"/>
        <source>Edit this film in a form (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="64"/>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="69"/>
        <source>TMDB:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="71"/>
        <source>IMDb:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="73"/>
        <source>Metascore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="75"/>
        <source>Critics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="88"/>
        <source>Synopsis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="96"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="104"/>
        <source>Related films</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilmEditDialog</name>
    <message>
        <location filename="../ui/filmeditdialog.ui" line="6"/>
        <source>Edit Film</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.ui" line="4"/>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="4"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="4"/>
        <source>Choose a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="4"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="4"/>
        <source>Import into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="4"/>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="4"/>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="4"/>
        <source>Duplicates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="4"/>
        <source>Preview of the first rows, as read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="4"/>
        <source>Where each column goes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="4"/>
        <source>All or nothing: import no row if any row fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="4"/>
        <source>Dry run: report what would happen, change nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee</name>
    <message>
        <location filename="../src/gui/tabletitles.cpp" line="11"/>
        <source>Films</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tabletitles.cpp" line="13"/>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/tabletitles.cpp" line="15"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::CatalogTableModel</name>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="56"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="57"/>
        <source>Original title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="58"/>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="86"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="59"/>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="60"/>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="61"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="62"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="63"/>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="64"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="65"/>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="66"/>
        <source>Genres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="67"/>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="68"/>
        <source>Where to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="69"/>
        <source>Synopsis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="70"/>
        <source>TMDB popularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="71"/>
        <source>TMDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="72"/>
        <source>TMDB votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="73"/>
        <source>IMDb id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="74"/>
        <source>IMDb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="75"/>
        <source>IMDb votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="76"/>
        <source>Metascore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="77"/>
        <source>Critics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="78"/>
        <source>Reviews scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="79"/>
        <source>My rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="80"/>
        <source>Watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="81"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="82"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="83"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="84"/>
        <source>Films</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="85"/>
        <source>Film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="87"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="88"/>
        <source>Critic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="89"/>
        <source>Publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="90"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="91"/>
        <source>Score as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="92"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="93"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="267"/>
        <source>This row was deleted elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="269"/>
        <source>This row was changed elsewhere since it was shown; it has been reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="297"/>
        <source>A company named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="309"/>
        <source>There is no film &quot;%1&quot; in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="328"/>
        <source>This row is no longer in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::ExportDialog</name>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="26"/>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="27"/>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="28"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="29"/>
        <source>Vertical bar |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="32"/>
        <source>The rows the filter shows (no filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="33"/>
        <source>The rows the filter &quot;%1&quot; shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="37"/>
        <source>The selected rows (select several rows first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/exportdialog.cpp" line="38"/>
        <source>The %n selected row(s)</source>
        <translation>
            <numerusform>The %n selected row</numerusform>
            <numerusform>The %n selected rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="41"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="54"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="54"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="158"/>
        <source>Choose at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="174"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="178"/>
        <source>Exporting… %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="207"/>
        <source>Cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/exportdialog.cpp" line="209"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="212"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="219"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::FilmDetailView</name>
    <message>
        <location filename="../src/gui/filmdetailview.cpp" line="103"/>
        <source>No film selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/filmdetailview.cpp" line="161"/>
        <source>Original title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/filmdetailview.cpp" line="215"/>
        <location filename="../src/gui/filmdetailview.cpp" line="219"/>
        <source>&lt;b&gt;%1&lt;/b&gt; / 10 (%2 votes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/filmdetailview.cpp" line="235"/>
        <source>%1 from %n scored review(s)</source>
        <translation>
            <numerusform>%1 from %n scored review</numerusform>
            <numerusform>%1 from %n scored reviews</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/filmdetailview.cpp" line="237"/>
        <source>no scored review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/filmdetailview.cpp" line="241"/>
        <source>No synopsis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/filmdetailview.cpp" line="266"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/filmdetailview.cpp" line="267"/>
        <source>Reviews (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/filmdetailview.cpp" line="268"/>
        <source>No reviews.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::FilmEditDialog</name>
    <message>
        <location filename="../src/gui/filmeditdialog.cpp" line="76"/>
        <source>Related films:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/filmeditdialog.cpp" line="78"/>
        <location filename="../src/gui/filmeditdialog.cpp" line="139"/>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/filmeditdialog.cpp" line="127"/>
        <source>Related films: there is no film &quot;%1&quot; in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::ImportDialog</name>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="26"/>
        <location filename="../src/gui/importdialog.cpp" line="29"/>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="30"/>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="31"/>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="32"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="33"/>
        <source>Vertical bar |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="34"/>
        <source>Skip them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="35"/>
        <source>Update them from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="36"/>
        <source>Add them anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="38"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="38"/>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="38"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="45"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="46"/>
        <source>Save Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="53"/>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="53"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="106"/>
        <source>Read as %1, %2-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="134"/>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="171"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="172"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="197"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="245"/>
        <source>Save Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="247"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="262"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="90"/>
        <source>This catalog is open read-only: it can be browsed and exported, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="109"/>
        <source>Open a catalog with File ▸ Open Catalog, or create one with File ▸ New Catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="139"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="140"/>
        <source>&amp;New Catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="141"/>
        <source>&amp;Open Catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="142"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="145"/>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="147"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="150"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="152"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="153"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="155"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="160"/>
        <location filename="../src/gui/mainwindow.cpp" line="352"/>
        <source>&amp;Add Film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="163"/>
        <source>&amp;Edit Film…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="165"/>
        <source>Set &amp;Poster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="166"/>
        <source>Remove Poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="167"/>
        <source>D&amp;uplicate Film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="170"/>
        <location filename="../src/gui/mainwindow.cpp" line="353"/>
        <source>&amp;Delete Film…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="174"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="175"/>
        <source>&amp;Films</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="175"/>
        <source>&amp;Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="175"/>
        <source>&amp;Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="181"/>
        <source>C&amp;olumns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="188"/>
        <source>Film &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="196"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="197"/>
        <source>&amp;About Marquee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="208"/>
        <source>Cannot open the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="251"/>
        <source>The change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="319"/>
        <location filename="../src/gui/mainwindow.cpp" line="325"/>
        <source>Marquee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="324"/>
        <source> [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="342"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="352"/>
        <source>&amp;Add Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="352"/>
        <source>&amp;Add Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="353"/>
        <source>&amp;Delete Company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="354"/>
        <source>&amp;Delete Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="462"/>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="464"/>
        <source>New company %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="468"/>
        <source>Add &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="494"/>
        <location filename="../src/gui/mainwindow.cpp" line="499"/>
        <source>Delete company</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="495"/>
        <source>&quot;%1&quot; is used by %n film(s); remove it from them first.</source>
        <translation>
            <numerusform>&quot;%1&quot; is used by %n film; remove it from them first.</numerusform>
            <numerusform>&quot;%1&quot; is used by %n films; remove it from them first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="506"/>
        <source>Delete &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="521"/>
        <source>New review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="525"/>
        <source>Add a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="550"/>
        <source>Delete review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="550"/>
        <source>Delete the review &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="557"/>
        <source>Delete a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="569"/>
        <source>New film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="594"/>
        <source>The change was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="600"/>
        <source>Set Poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="601"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="615"/>
        <source>%1 is not an image Marquee can read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="622"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="669"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="691"/>
        <source>Delete &quot;%1&quot; and its %n review(s)?</source>
        <translation>
            <numerusform>Delete &quot;%1&quot; and its %n review?</numerusform>
            <numerusform>Delete &quot;%1&quot; and its %n reviews?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="499"/>
        <location filename="../src/gui/mainwindow.cpp" line="692"/>
        <source>Delete &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="693"/>
        <location filename="../src/gui/mainwindow.cpp" line="711"/>
        <source>Delete film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="751"/>
        <location filename="../src/gui/mainwindow.cpp" line="756"/>
        <source>New Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="752"/>
        <source>Marquee catalogs (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="757"/>
        <source>%1 already exists; choose a new name, or open it with File ▸ Open Catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="768"/>
        <source>Open Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="770"/>
        <source>Marquee catalogs (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="794"/>
        <source>No recent catalogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="799"/>
        <source>&lt;h3&gt;Marquee %1&lt;/h3&gt;&lt;p&gt;A film catalog manager.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="802"/>
        <source>&lt;p&gt;Catalog: %1&lt;br/&gt;Schema version: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="806"/>
        <source>About Marquee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::ScoreBars</name>
    <message>
        <location filename="../src/gui/scorebars.cpp" line="18"/>
        <source>How the scored reviews spread over 0-19, 20-39, 40-59, 60-79 and 80-100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/gui/catalogview.cpp" line="45"/>
        <source>Filter films by title or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/catalogview.cpp" line="47"/>
        <source>Filter companies by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/catalogview.cpp" line="49"/>
        <source>Filter reviews by critic, quote or film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/editcommands.cpp" line="12"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/filmcommands.cpp" line="19"/>
        <source>Add &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/filmcommands.cpp" line="20"/>
        <source>Delete &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/filmcommands.cpp" line="30"/>
        <location filename="../src/gui/filmcommands.cpp" line="153"/>
        <source>The film is no longer in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/filmcommands.cpp" line="109"/>
        <source>Remove poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/filmcommands.cpp" line="109"/>
        <source>Set poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/filmcommands.cpp" line="144"/>
        <source>Change related films</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="72"/>
        <source>%n film(s)</source>
        <translation>
            <numerusform>%n film</numerusform>
            <numerusform>%n films</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="74"/>
        <source>%n company(ies)</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="76"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
</context>
</TS>
