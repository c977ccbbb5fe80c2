// Resolving the name a user typed to one actor of the store, with the
// messages a person needs when it fails: the nearest names for an unknown
// name, the candidates (with ids) for an ambiguous one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"
#include "store/graph_store.h"

namespace geokg::cli {

// Finds the one actor `name` names and reads its record into `actor`.
//
// Order: the store's ResolveName (id, canonical name or any alias, compared
// by NormalizeName); when that finds nothing, the extractor's dictionaries
// (Extractor::LookupName), keeping the actors the store holds; when no
// dictionary is available the store alone decides. Among several candidates
// the one whose id equals `name` (ASCII case-insensitive) wins, else the one
// whose canonical name equals it (normalised); otherwise the name is ambiguous.
//
// NotFound: "no actor named 'Pakstan' (did you mean Pakistan?)", suggesting
// the canonical names of the actors at the smallest edit distance.
// Ambiguous: the message lists every candidate as "id  name (type, country)",
// one per line. Other codes come from the store.
Status LookupActor(GraphStore& store, const std::string& name, ActorRecord* actor);

// Up to `limit` canonical names nearest to `name`: the actors whose id,
// canonical name or an alias is within a small edit distance of it (at most 1
// for names up to 4 characters, 2 up to 8, 3 beyond; compared normalised), or
// contains it as whole words; the closest first, ties by mentions then name.
// Reads every actor: for error paths only.
Status SuggestNames(GraphStore& store, const std::string& name, size_t limit,
                    std::vector<std::string>* names);

// Optimal string alignment distance (Levenshtein with adjacent
// transpositions) between two UTF-8 strings, counted in code points.
size_t EditDistance(std::string_view a, std::string_view b);

}  // namespace geokg::cli
