// Dates stated in article text: the dateline or date line at the top of a
// plain-text article, and date values of records and HTML metadata.
#pragma once

#include <string>
#include <string_view>

namespace geokg {

// The publication date stated near the top of a plain-text article (its first
// few non-empty lines, at most about 1 KB), as YYYY-MM-DD, or empty.
//
// Recognised: "2015-09-21" (and 2015/09/21), "21 September 2015",
// "21st of Sept. 2015", "Mon 21 Sep 2015", "September 21, 2015",
// "Sept. 21, 2015". The first well-formed date (valid day for the month,
// year 1900..2100) wins. A yearless dateline ("ISLAMABAD, Sept 21 (Wire) –")
// ends the search with an empty result: it states the article's date without
// its year, and any later full date is about something else. Numeric dates
// with the day or month first ("21/09/2015") are ambiguous and ignored.
std::string FindArticleDate(std::string_view text);

// The date a metadata value states, as YYYY-MM-DD, or empty when it states
// none: "2015-09-21T10:30:00+05:00" -> "2015-09-21", "Sept. 21, 2015" ->
// "2015-09-21". Accepts the forms FindArticleDate does, anywhere in `value`.
std::string ParseDate(std::string_view value);

}  // namespace geokg
