#pragma once

namespace Marquee {

class Catalog;

struct SampleResult
{
    int added = 0;   // films added
    int present = 0; // films the catalog already had (same title and year), left as they were
};

// Fills a catalog with the sample catalog: the two films called Backstage (2000 and 2005),
// the 2005 film's companies and critics' reviews, and its fourteen related films. Idempotent:
// films already present are not added twice. One transaction.
SampleResult loadSampleCatalog(Catalog &catalog);

} // namespace Marquee
