// Printing an analysis: CoNLL-U (what syntax tools read) and an indented tree
// (what a person reads).
#pragma once

#include <string>

#include "extract/syntax/parse.h"

namespace geokg::syntax {

// The CoNLL-U block of one sentence: `# sent_id` and `# text` comments, one
// line per token (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC), the
// enhanced arcs in DEPS, character offsets in MISC, and a blank line.
std::string ToConllu(const Sentence& sentence, const Analysis& analysis, const std::string& sent_id,
                     std::string_view text);

// The analysis as an indented tree: each word under its head with its relation.
std::string ToTree(const Sentence& sentence, const Analysis& analysis);

}  // namespace geokg::syntax
