// Open relations: a verb the verb dictionary does not list still states a
// relation when the analysis gives it an actor subject and an actor object
// ("Mali expelled the French ambassador", "rebels clashed with the army").
// The predicate is the verb's lemma (with its preposition), the CAMEO code
// the dictionary's for that lemma if it has one; polarity and modality come
// from the verb's own auxiliaries and negation and from the verbs that
// govern it ("refused to expel", "plans to expel", "urged X to expel").
#pragma once

#include <vector>

#include "extract/relations/relation_arguments.h"
#include "extract/relations/relations.h"

namespace geokg {

// The open relations of one sentence. `covered[k]` marks tokens a dictionary
// pattern already read; their verbs are skipped.
std::vector<RelationHit> FindOpenRelations(const RelationArguments& arguments, const Sentence& sentence,
                                           const std::vector<Mention>& mentions, const std::vector<bool>& covered,
                                           const RelationFinder& finder);

// Polarity and modality of the verb at `verb` read from the analysis.
void ReadVerbMood(const syntax::Analysis& analysis, size_t verb, Polarity* polarity, Modality* modality);

}  // namespace geokg
