// Parsing untrusted HTML with bounded resources. Gumbo keeps the whole tree
// in memory, walks its stack of open elements on many tokens, and can create
// far more nodes than the page has tags (active formatting elements are
// re-opened in every new block), so a small hostile page can take gigabytes
// and minutes. ParseHtmlBounded refuses such pages before or while parsing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "graph/status.h"

struct GumboInternalNode;    // gumbo.h's GumboNode
struct GumboInternalOutput;  // gumbo.h's GumboOutput

namespace geokg {

struct HtmlLimits {
  // Elements open at once (the tree depth), as a linear pre-scan estimates it
  // with HTML's implied end tags. Browsers flatten trees at a few hundred.
  size_t max_depth = 1024;
  // Start tags in the page.
  size_t max_elements = 2'000'000;
  // Memory the parser may allocate: a fixed part plus so many bytes per byte
  // of the page (ordinary pages need well under 20).
  uint64_t memory_base = 32ull << 20;
  uint64_t memory_per_byte = 48;
};

// A parsed page; its nodes live as long as it does.
class HtmlTree {
 public:
  HtmlTree();
  ~HtmlTree();
  HtmlTree(const HtmlTree&) = delete;
  HtmlTree& operator=(const HtmlTree&) = delete;

  const GumboInternalNode* document() const;

 private:
  friend Status ParseHtmlBounded(std::string_view html, const HtmlLimits& limits, HtmlTree* tree);
  struct Arena;
  std::unique_ptr<Arena> arena_;
  GumboInternalOutput* output_ = nullptr;
};

// Checks `html` against the depth and element limits, then parses it with
// Gumbo under the memory limit. InvalidArgument says which limit was
// exceeded, with the 1-based line of the page where it was ("HTML nesting
// deeper than 1024 elements at line 12"); *tree is then empty.
Status ParseHtmlBounded(std::string_view html, const HtmlLimits& limits, HtmlTree* tree);

}  // namespace geokg
