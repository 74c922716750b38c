<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../ui/duplicatesdialog.ui" line="14"/>
        <source>Likely Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicatesdialog.ui" line="44"/>
        <source>Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicatesdialog.ui" line="66"/>
        <source>Click a value to keep it. Lists, reviews, credits, tags and links of every film are kept; the other films are then deleted. Edit ▸ Undo puts them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicatesdialog.ui" line="95"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.ui" line="42"/>
        <source>Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="52"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="14"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="22"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="32"/>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="61"/>
        <source>Where to write the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="68"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="77"/>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="98"/>
        <source>Columns (drag to reorder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="116"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="123"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="144"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="150"/>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="160"/>
        <source>The rows the filter shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="167"/>
        <source>The selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="177"/>
        <source>Write a header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="187"/>
        <source>Protect spreadsheets from formulas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="193"/>
        <source>Text starting with = + - @ gets a leading apostrophe, which Marquee removes again on import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilmDetailView</name>
    <message>
        <location filename="../ui/filmdetailview.ui" line="33"/>
        <source>Directed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="35"/>
        <source>Written by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="37"/>
        <source>Cast:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="39"/>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="41"/>
        <source>Runtime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="43"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="45"/>
        <source>Certification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="47"/>
        <source>Released:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="49"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="51"/>
        <source>Countries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="53"/>
        <source>Genres:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="55"/>
        <source>Companies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="57"/>
        <source>Where to watch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="60"/>
        <source>Watched:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="64"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="64"/>
        <source>Edit this film in a form (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="72"/>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="77"/>
        <source>TMDB:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="79"/>
        <source>IMDb:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="81"/>
        <source>Metascore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="83"/>
        <source>Critics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="96"/>
        <source>Synopsis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="104"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filmdetailview.ui" line="112"/>
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
        <location filename="../ui/importdialog.ui" line="36"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="14"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="26"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="45"/>
        <source>Choose a file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="52"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="61"/>
        <source>Import into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="71"/>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="81"/>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="91"/>
        <source>Duplicates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="110"/>
        <source>Preview of the first rows, as read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="127"/>
        <source>Where each column goes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="141"/>
        <source>All or nothing: import no row if any row fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importdialog.ui" line="148"/>
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
    <message>
        <location filename="../src/gui/tabletitles.cpp" line="17"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/catalogopener.cpp" line="34"/>
        <source>Upgrading the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/catalogopener.cpp" line="35"/>
        <source>Upgrading %1 for this version of Marquee (schema %2 to %3).
A large catalog takes some minutes; it opens when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/catalogopener.cpp" line="43"/>
        <source>Finishing an interrupted import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/catalogopener.cpp" line="44"/>
        <source>An import into %1 was interrupted before it built the indexes that sort and search the films.
Building them now; %1 opens when done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::CatalogTableModel</name>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="55"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="56"/>
        <source>Original title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="57"/>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="90"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="58"/>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="59"/>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="60"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="61"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="62"/>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="63"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="64"/>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="65"/>
        <source>Genres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="66"/>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="67"/>
        <source>Where to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="68"/>
        <source>Synopsis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="69"/>
        <source>TMDB popularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="70"/>
        <source>TMDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="71"/>
        <source>TMDB votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="72"/>
        <source>IMDb id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="73"/>
        <source>IMDb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="74"/>
        <source>IMDb votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="75"/>
        <source>Metascore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="76"/>
        <source>Critics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="77"/>
        <source>Reviews scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="78"/>
        <source>My rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="79"/>
        <source>Watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="80"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="81"/>
        <source>Directors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="82"/>
        <source>Writers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="83"/>
        <source>Cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="84"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="85"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="86"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="87"/>
        <source>Films</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="88"/>
        <source>Credited as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="89"/>
        <source>Film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="91"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="92"/>
        <source>Critic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="93"/>
        <source>Publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="94"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="95"/>
        <source>Score as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="96"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="97"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="273"/>
        <source>This row was deleted elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="275"/>
        <source>This row was changed elsewhere since it was shown; it has been reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="303"/>
        <source>A company named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="315"/>
        <source>There is no film &quot;%1&quot; in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="333"/>
        <source>There is already a person named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/catalogtablemodel.cpp" line="346"/>
        <source>This row is no longer in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::CatalogView</name>
    <message>
        <location filename="../src/gui/catalogview.cpp" line="165"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;code&gt;%2&lt;/code&gt; &lt;i&gt;Showing the last valid search.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::DuplicatesDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/duplicatesdialog.cpp" line="75"/>
        <source>Looking for likely duplicates among %Ln films…</source>
        <translation>
            <numerusform>Looking for likely duplicates among %Ln film…</numerusform>
            <numerusform>Looking for likely duplicates among %Ln films…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/duplicatesdialog.cpp" line="94"/>
        <source>The catalog could not be searched for duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/duplicatesdialog.cpp" line="97"/>
        <source>No likely duplicates: no two films share an IMDb id, a title and year, or a near-identical title with the same year and runtime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/duplicatesdialog.cpp" line="132"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/duplicatesdialog.cpp" line="136"/>
        <source>%1, %n review(s)</source>
        <translation>
            <numerusform>%1, %n review</numerusform>
            <numerusform>%1, %n reviews</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/duplicatesdialog.cpp" line="144"/>
        <source>After the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/duplicatesdialog.cpp" line="238"/>
        <source>Merged into %1. Edit ▸ Undo puts the films back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/duplicatesdialog.cpp" line="254"/>
        <source>No likely duplicates are left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::ExportDialog</name>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="32"/>
        <source>A page per film, with its poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="33"/>
        <source>A compact list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="34"/>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="35"/>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="36"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="37"/>
        <source>Vertical bar |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="39"/>
        <source>The rows the filter shows (no filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="40"/>
        <source>The rows the filter &quot;%1&quot; shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="43"/>
        <source>The selected rows (select several rows first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/exportdialog.cpp" line="44"/>
        <source>The %n selected row(s)</source>
        <translation>
            <numerusform>The %n selected row</numerusform>
            <numerusform>The %n selected rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="47"/>
        <location filename="../src/gui/exportdialog.cpp" line="64"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="59"/>
        <source>Export into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="113"/>
        <source>One table, a row per line, in the columns checked below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="115"/>
        <source>The films with their poster, facts, credits and ratings, to read or print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="117"/>
        <source>A .nfo file per film, named &quot;Title (Year).nfo&quot;, and its poster beside it, as Kodi reads them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="119"/>
        <source>Every film with all it holds: companies, genres, providers, related films, poster and reviews. With all rows, the saved searches too. Importing the file into an empty catalog gives the same catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="136"/>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="136"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="234"/>
        <source>Choose at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="251"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="255"/>
        <source>Exporting… %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="284"/>
        <source>Cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/exportdialog.cpp" line="287"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/exportdialog.cpp" line="288"/>
        <source>Exported %n film(s) to %1.</source>
        <translation>
            <numerusform>Exported %n film to %1.</numerusform>
            <numerusform>Exported %n films to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="291"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/exportdialog.cpp" line="298"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::FilmDetailView</name>
    <message>
        <location filename="../src/gui/filmdetailview.cpp" line="107"/>
        <source>No film selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/filmdetailview.cpp" line="165"/>
        <source>Original title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/filmdetailview.cpp" line="213"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/filmdetailview.cpp" line="255"/>
        <location filename="../src/gui/filmdetailview.cpp" line="259"/>
        <source>&lt;b&gt;%1&lt;/b&gt; / 10 (%2 votes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/filmdetailview.cpp" line="275"/>
        <source>%1 from %n scored review(s)</source>
        <translation>
            <numerusform>%1 from %n scored review</numerusform>
            <numerusform>%1 from %n scored reviews</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/filmdetailview.cpp" line="277"/>
        <source>no scored review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/filmdetailview.cpp" line="281"/>
        <source>No synopsis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/filmdetailview.cpp" line="306"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/filmdetailview.cpp" line="307"/>
        <source>Reviews (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/filmdetailview.cpp" line="308"/>
        <source>No reviews.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::FilmEditDialog</name>
    <message>
        <location filename="../src/gui/filmeditdialog.cpp" line="86"/>
        <source>Related films:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/filmeditdialog.cpp" line="88"/>
        <location filename="../src/gui/filmeditdialog.cpp" line="149"/>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/filmeditdialog.cpp" line="137"/>
        <source>Related films: there is no film &quot;%1&quot; in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::ImportDialog</name>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="23"/>
        <location filename="../src/gui/importdialog.cpp" line="117"/>
        <source>Detect from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="31"/>
        <location filename="../src/gui/importdialog.cpp" line="34"/>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="35"/>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="36"/>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="37"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="38"/>
        <source>Vertical bar |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="39"/>
        <source>Skip them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="40"/>
        <source>Update them from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="41"/>
        <source>Add them anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="43"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="43"/>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="43"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="50"/>
        <location filename="../src/gui/importdialog.cpp" line="71"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="51"/>
        <source>Save Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="60"/>
        <source>Import a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="70"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="133"/>
        <source>Detect from the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="151"/>
        <source>The first films in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="156"/>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="176"/>
        <source>Preview of the first rows, as read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="184"/>
        <source>Read as %1, %2-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="212"/>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="249"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="250"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="280"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="332"/>
        <source>Save Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="334"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="347"/>
        <source>Building the indexes that sort and search the films (twenty seconds for a million films)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/importdialog.cpp" line="359"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="95"/>
        <source>This catalog is open read-only: it can be browsed and exported, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="122"/>
        <source>Open a catalog with File ▸ Open Catalog, or create one with File ▸ New Catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="152"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="153"/>
        <source>&amp;New Catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="154"/>
        <source>&amp;Open Catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="155"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="158"/>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="160"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="163"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="165"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="166"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="168"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="173"/>
        <location filename="../src/gui/mainwindow.cpp" line="390"/>
        <source>&amp;Add Film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="176"/>
        <source>&amp;Edit Film…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="178"/>
        <source>Set &amp;Poster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="179"/>
        <source>Remove Poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="180"/>
        <source>D&amp;uplicate Film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="182"/>
        <source>Find Likely Du&amp;plicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="185"/>
        <location filename="../src/gui/mainwindow.cpp" line="392"/>
        <source>&amp;Delete Film…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="189"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="190"/>
        <source>&amp;Films</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="190"/>
        <source>&amp;Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="190"/>
        <source>&amp;Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="191"/>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="197"/>
        <source>C&amp;olumns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="204"/>
        <source>&amp;Save Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="207"/>
        <source>Film &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="215"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="216"/>
        <source>&amp;About Marquee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="227"/>
        <source>Cannot open the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="273"/>
        <source>The change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="353"/>
        <location filename="../src/gui/mainwindow.cpp" line="359"/>
        <source>Marquee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="358"/>
        <source> [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="374"/>
        <source>Counting… of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="380"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="390"/>
        <source>&amp;Add Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="390"/>
        <source>&amp;Add Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="391"/>
        <source>&amp;Add Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="392"/>
        <source>&amp;Delete Company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="393"/>
        <source>&amp;Delete Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="393"/>
        <source>&amp;Delete Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="594"/>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="559"/>
        <source>Add &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="600"/>
        <source>Delete company</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="601"/>
        <source>&quot;%1&quot; is used by %n film(s); remove it from them first.</source>
        <translation>
            <numerusform>&quot;%1&quot; is used by %n film; remove it from them first.</numerusform>
            <numerusform>&quot;%1&quot; is used by %n films; remove it from them first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="587"/>
        <source>Delete &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="608"/>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="614"/>
        <source>Delete person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="615"/>
        <source>&quot;%1&quot; is credited in %n film(s); remove the credits first.</source>
        <translation>
            <numerusform>&quot;%1&quot; is credited in %n film; remove the credits first.</numerusform>
            <numerusform>&quot;%1&quot; is credited in %n films; remove the credits first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="628"/>
        <source>New review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="632"/>
        <source>Add a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="648"/>
        <source>Delete review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="648"/>
        <source>Delete the review &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="655"/>
        <source>Delete a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="665"/>
        <source>New film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="682"/>
        <source>The change was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="688"/>
        <source>Set Poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="689"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="703"/>
        <source>%1 is not an image Marquee can read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="710"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="767"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="788"/>
        <source>Delete &quot;%1&quot; and its %n review(s)?</source>
        <translation>
            <numerusform>Delete &quot;%1&quot; and its %n review?</numerusform>
            <numerusform>Delete &quot;%1&quot; and its %n reviews?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="580"/>
        <location filename="../src/gui/mainwindow.cpp" line="789"/>
        <source>Delete &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="790"/>
        <location filename="../src/gui/mainwindow.cpp" line="808"/>
        <source>Delete film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="848"/>
        <location filename="../src/gui/mainwindow.cpp" line="853"/>
        <source>New Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="849"/>
        <source>Marquee catalogs (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="854"/>
        <source>%1 already exists; choose a new name, or open it with File ▸ Open Catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="865"/>
        <source>Open Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="867"/>
        <source>Marquee catalogs (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="891"/>
        <source>No recent catalogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="896"/>
        <source>&lt;h3&gt;Marquee %1&lt;/h3&gt;&lt;p&gt;A film catalog manager.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="899"/>
        <source>&lt;p&gt;Catalog: %1&lt;br/&gt;Schema version: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="903"/>
        <source>About Marquee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::SavedSearchDialog</name>
    <message>
        <location filename="../src/gui/savedsearchpanel.cpp" line="28"/>
        <source>Edit Saved Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/savedsearchpanel.cpp" line="28"/>
        <source>Save Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::SavedSearchModel</name>
    <message>
        <location filename="../src/core/models/savedsearchmodel.cpp" line="35"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/savedsearchmodel.cpp" line="39"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::SavedSearchPanel</name>
    <message>
        <location filename="../src/gui/savedsearchpanel.cpp" line="122"/>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/savedsearchpanel.cpp" line="135"/>
        <source>Save a search with View ▸ Save Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/savedsearchpanel.cpp" line="177"/>
        <location filename="../src/gui/savedsearchpanel.cpp" line="184"/>
        <source>Delete Saved Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/savedsearchpanel.cpp" line="178"/>
        <source>Delete the saved search &quot;%1&quot;? The rows it finds stay in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/savedsearchpanel.cpp" line="193"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/savedsearchpanel.cpp" line="194"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::ScoreBars</name>
    <message>
        <location filename="../src/gui/scorebars.cpp" line="16"/>
        <source>How the scored reviews spread over 0-19, 20-39, 40-59, 60-79 and 80-100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/gui/editcommands.cpp" line="12"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/filmcommands.cpp" line="18"/>
        <source>Add &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/filmcommands.cpp" line="19"/>
        <source>Delete &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/filmcommands.cpp" line="29"/>
        <location filename="../src/gui/filmcommands.cpp" line="152"/>
        <source>The film is no longer in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/filmcommands.cpp" line="108"/>
        <source>Remove poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/filmcommands.cpp" line="108"/>
        <source>Set poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/filmcommands.cpp" line="143"/>
        <source>Change related films</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/filmcommands.cpp" line="205"/>
        <source>Merge duplicates of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="74"/>
        <source>%Ln film(s)</source>
        <translation>
            <numerusform>%Ln film</numerusform>
            <numerusform>%Ln films</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="76"/>
        <source>%Ln company(ies)</source>
        <translation>
            <numerusform>%Ln company</numerusform>
            <numerusform>%Ln companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="78"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow.cpp" line="80"/>
        <source>%Ln review(s)</source>
        <translation>
            <numerusform>%Ln review</numerusform>
            <numerusform>%Ln reviews</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="44"/>
        <source>Cannot open your catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/search/searchquery.cpp" line="270"/>
        <location filename="../src/core/search/searchquery.cpp" line="291"/>
        <source>This quote is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/search/searchquery.cpp" line="455"/>
        <location filename="../src/core/search/searchquery.cpp" line="543"/>
        <source>This parenthesis closes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/search/searchquery.cpp" line="457"/>
        <source>Unexpected text here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/search/searchquery.cpp" line="477"/>
        <source>OR needs a term on its right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/search/searchquery.cpp" line="487"/>
        <source>%1 needs a term on its left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/search/searchquery.cpp" line="495"/>
        <source>AND needs a term on its right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/search/searchquery.cpp" line="507"/>
        <source>The query nests too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/search/searchquery.cpp" line="512"/>
        <source>%1 needs a term after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/search/searchquery.cpp" line="525"/>
        <source>These parentheses are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/search/searchquery.cpp" line="528"/>
        <location filename="../src/core/search/searchquery.cpp" line="531"/>
        <source>This parenthesis is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/search/searchquery.cpp" line="545"/>
        <source>A word, a field term or a parenthesis was expected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/search/searchquery.cpp" line="553"/>
        <source>A query may have at most %1 terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/search/searchquery.cpp" line="563"/>
        <source>These quotes are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/search/searchquery.cpp" line="564"/>
        <source>These quotes hold no word to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/search/searchquery.cpp" line="601"/>
        <source>Unknown field &quot;%1&quot;. Fields here: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/search/searchquery.cpp" line="606"/>
        <source>%1: needs a value, for example %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/search/searchquery.cpp" line="613"/>
        <source>a word to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/search/searchquery.cpp" line="637"/>
        <source>a two-letter country code such as FR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/search/searchquery.cpp" line="638"/>
        <source>a two-letter language code such as fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/search/searchquery.cpp" line="650"/>
        <source>one of director, writer, cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/search/searchquery.cpp" line="665"/>
        <location filename="../src/core/search/searchquery.cpp" line="684"/>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/search/searchquery.cpp" line="711"/>
        <source>%1: expects %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/search/searchquery.cpp" line="729"/>
        <source>a whole number, a comparison such as &gt;=2000 or a range such as 1990..1999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/search/searchquery.cpp" line="731"/>
        <source>a number, a comparison such as &gt;=7.5 or a range such as 6..8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/search/searchquery.cpp" line="781"/>
        <source>a date such as 2005, 2005-06 or 2005-06-01, a comparison such as &gt;=2005-06-01, a range such as 2000..2009, or an age such as &lt;30d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/search/searchquery.cpp" line="1045"/>
        <source>column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/catalogview.cpp" line="50"/>
        <source>Search films: words, &quot;phrases&quot;, year:&gt;=2000, genre:drama, has:poster, -word, OR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/catalogview.cpp" line="53"/>
        <source>Search companies: words, country:FR, films:&gt;10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/catalogview.cpp" line="55"/>
        <source>Search reviews: words, critic:, score:&gt;=80, date:2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/catalogview.cpp" line="57"/>
        <source>Search people: words, role:director, films:&gt;3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/catalogview.cpp" line="66"/>
        <source>&lt;p&gt;Words match as you type (prefixes); &quot;quoted phrases&quot; match exactly.&lt;/p&gt;&lt;p&gt;Field terms: %1.&lt;br&gt;Numbers: &lt;code&gt;year:2005&lt;/code&gt;, &lt;code&gt;year:&amp;gt;=2000&lt;/code&gt;, &lt;code&gt;year:1990..1999&lt;/code&gt;. Dates: &lt;code&gt;2005-06&lt;/code&gt;, &lt;code&gt;added:&amp;lt;30d&lt;/code&gt;. Missing data: &lt;code&gt;no:synopsis&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;A space means AND; also &lt;code&gt;OR&lt;/code&gt;, &lt;code&gt;-word&lt;/code&gt; or &lt;code&gt;NOT&lt;/code&gt;, and parentheses.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedSearchDialog</name>
    <message>
        <location filename="../ui/savedsearchdialog.ui" line="6"/>
        <source>Saved Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedsearchdialog.ui" line="10"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedsearchdialog.ui" line="12"/>
        <source>Searches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedsearchdialog.ui" line="14"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
