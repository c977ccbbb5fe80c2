// Dictionary files: arbitrary bytes as one extra .tsv of each kind (the first
// byte picks the kind) load or fail with a message, never crash.
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "extract/dictionary/dictionary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const std::vector<std::string> kinds = [] {
    std::vector<std::string> names;
    for (const auto& [name, text] : geokg::EmbeddedFiles()) names.push_back(name);
    return names;
  }();
  static const std::filesystem::path dir = [] {
    auto path = std::filesystem::temp_directory_path() / ("geokg-fuzz-dict-" + std::to_string(getpid()));
    std::filesystem::create_directories(path);
    return path;
  }();
  std::filesystem::path file = dir / kinds[data[0] % kinds.size()];
  {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data) + 1, static_cast<std::streamsize>(size - 1));
  }
  geokg::Dictionary dictionary;
  geokg::Status status = geokg::Dictionary::Load({file.string()}, &dictionary);
  if (!status.ok() && status.message().empty()) std::abort();
  std::filesystem::remove(file);
  return 0;
}
