// geokg eval --petrarch: PETRARCH's validation records coded by geokg.
#pragma once

#include <string>
#include <vector>

namespace geokg::cli {

// Reads `records_path`, loads the dictionaries its <Environment> names
// (beside the file, or in ../dictionaries) and `dict_paths`, codes every
// record and prints coded-correctly by category and in total (a table, or
// JSON). Returns the exit code.
int RunEvalPetrarch(const std::string& records_path, const std::vector<std::string>& dict_paths, bool json,
                    bool verbose);

}  // namespace geokg::cli
