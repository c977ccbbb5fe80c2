// Name normalisation shared by the alias index, the CLI and the evaluator.
#pragma once

#include <string>
#include <string_view>

namespace geokg {

// Case-folds (full Unicode), drops a leading "the ", turns punctuation
// (apostrophes, hyphens, dots, dashes...) into spaces, and collapses runs of
// spaces: "The U.S." -> "u s", "Türkiye" -> "türkiye". With strip_marks,
// diacritics are removed as well ("Erdoğan" -> "erdogan"). Invalid UTF-8
// bytes are dropped.
std::string NormalizeName(std::string_view name, bool strip_marks = true);

// True when `text` is valid UTF-8.
bool IsValidUtf8(std::string_view text);

}  // namespace geokg
