// Shared by the reader fuzzers: feeds bytes to ReadArticles as a file in a
// given format (a memfd, so nothing touches the disk).
#pragma once

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <string>

#include "extract/input/article_reader.h"

namespace geokg::fuzz {

inline void ReadAs(const char* format, const uint8_t* data, size_t size) {
  int fd = memfd_create("geokg-fuzz", MFD_CLOEXEC);
  if (fd < 0) std::abort();
  for (size_t done = 0; done < size;) {
    ssize_t n = write(fd, data + done, size - done);
    if (n <= 0) std::abort();
    done += static_cast<size_t>(n);
  }
  ReaderOptions options;
  options.format = format;
  options.max_article_bytes = 1 << 20;
  Status s = ReadArticles(
      {"/proc/self/fd/" + std::to_string(fd)}, options,
      [](Article&& article) {
        // What the reader promises: text and metadata are valid UTF-8 for the
        // extractor (it refuses anything else), ids never empty.
        if (article.id.empty()) std::abort();
        return Status::OK();
      },
      [](const std::string&, const Status&) {});
  close(fd);
  if (!s.ok()) std::abort();  // a readable input never fails the whole read
}

}  // namespace geokg::fuzz
