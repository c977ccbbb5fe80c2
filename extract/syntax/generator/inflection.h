// English spelling rules for regular inflection, used by the generator of
// the open-class table (word_forms_generator.cc) to expand WordNet's lemmas.
// Each function takes a lower-case lemma and returns the regular form; the
// irregular forms come from WordNet's exception lists instead.
#pragma once

#include <string>
#include <string_view>

namespace geokg::syntax::generator {

// Whether regular suffixes apply to `lemma`: two or more characters, letters
// and inner hyphens only ("cease-fire" yes; "a", "1st", "a.m.", "o'clock" no).
bool Inflectable(std::string_view lemma);

// "-s": "attacks", "buses", "churches", "allies", "days"; with
// `o_takes_es` "goes", "vetoes" (verbs) rather than "photos" (nouns).
std::string AddS(std::string_view lemma, bool o_takes_es);

// "-ed": "attacked", "agreed", "tried", "played", "stopped".
std::string AddEd(std::string_view lemma);

// "-ing": "attacking", "making", "dying", "seeing", "being", "stopping".
std::string AddIng(std::string_view lemma);

// "-er" / "-est": "larger", "happier", "bigger", "fewer".
std::string AddEr(std::string_view lemma);
std::string AddEst(std::string_view lemma);

// Whether an adjective is compared with "-er/-est" rather than "more/most":
// one syllable, or two ending in -y, -le, -ow or -er ("large", "happy",
// "simple", "narrow", "clever"; not "modern", "beautiful").
bool ComparesWithSuffix(std::string_view adjective);

}  // namespace geokg::syntax::generator
