// Relative dates: "yesterday", "on Sunday", "last month", "in August" in a
// sentence, resolved against the article's date.
#pragma once

#include <string>
#include <vector>

#include "extract/text/tokenizer.h"

namespace geokg {

// The date a sentence's relation took place, when the sentence states one
// relative to `article_date` (YYYY-MM-DD): "yesterday" and "on Sunday" give a
// day (the latest such day on or before the article date), "last week" the
// day a week before, "last month" and "in August" the first of that month,
// "last year" January 1 of the year before. Returns `article_date` when the
// sentence states nothing or the article date is unknown.
std::string ResolveEventDate(const std::vector<Token>& tokens, const std::string& article_date);

}  // namespace geokg
