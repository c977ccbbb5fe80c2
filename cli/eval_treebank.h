// geokg eval --treebank: the syntactic layer's subject and object
// attachments scored against Penn Treebank trees (cli/eval/attachment_score.h).
#pragma once

#include <string>
#include <vector>

namespace geokg::cli {

// Scores syntax::Parse on every file of `paths` and prints, per file and in
// total, sentences, unaligned sentences and subject and object accuracy (a
// table, or JSON); with `verbose` also every gold pair the analysis missed
// and what it attached instead. Returns the exit code: failure, naming the
// file, when one cannot be read or is not well-formed XML.
int RunEvalTreebank(const std::vector<std::string>& paths, bool json, bool verbose);

}  // namespace geokg::cli
