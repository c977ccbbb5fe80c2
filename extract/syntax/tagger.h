// Stage 1 of the syntactic layer: part of speech. Closed classes come from
// hand-written tables, open classes from the WordNet word-form lexicon
// (word_forms.h), unknown words from suffix and capitalisation, and
// contextual rules choose between a word's readings ("the attacks" is a noun,
// "Russia attacks" a verb; "armed groups": a participle before a noun is a
// modifier).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extract/syntax/parse.h"
#include "extract/text/tokenizer.h"

namespace geokg::syntax {

// The verb form of a VERB or AUX word (what the tense, voice and finiteness rules read).
enum class VerbShape : uint8_t { kNone, kBase, kPresent, kPast, kParticiple, kGerund };

struct TaggedWord {
  Pos pos = Pos::kOther;
  VerbShape shape = VerbShape::kNone;
  std::string_view lemma;  // lower case, into the token or static tables
  bool possessive = false;  // "'s" and "his/their...": marks a possessor
  bool name = false;        // inside a known name span
  bool participle_possible = false;  // a past form that is also a participle ("attacked", "sought")
  bool continues = false;   // a later word of a multiword coordinator ("well", "as" of "as well as")
};

// Tags every token of `sentence`. `names` (sorted, non-overlapping) are
// tagged as proper nouns whatever their words are.
std::vector<TaggedWord> Tag(const Sentence& sentence, const std::vector<NameSpan>& names);

}  // namespace geokg::syntax
