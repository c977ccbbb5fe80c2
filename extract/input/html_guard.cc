#include "extract/input/html_guard.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <csetjmp>
#include <cstdlib>
#include <string>
#include <vector>

namespace geokg {

namespace {

// ---- The pre-scan: a linear estimate of tree depth and element count ----

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

template <size_t N>
bool IsOneOf(std::string_view name, const std::array<std::string_view, N>& names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Elements that never have children.
constexpr std::array<std::string_view, 15> kVoid = {"area", "base", "br", "col", "embed", "hr", "img", "input",
                                                    "keygen", "link", "meta", "param", "source", "track", "wbr"};
// Elements whose content is raw text up to their end tag.
constexpr std::array<std::string_view, 10> kRawText = {"script", "style", "textarea", "title", "xmp",
                                                       "iframe", "noembed", "noframes", "noscript", "plaintext"};
// Elements a start tag of the same name implicitly ends (within a scope).
constexpr std::array<std::string_view, 14> kSelfClosing = {"p",  "li", "dt", "dd",    "option", "optgroup", "tr",
                                                           "td", "th", "rb", "rt",    "rp",     "tbody",    "thead"};
// Elements that bound the search for an element to end implicitly.
constexpr std::array<std::string_view, 11> kScope = {"html", "table", "td",     "th",      "caption", "template",
                                                     "object", "applet", "marquee", "button", "ul"};
// Start tags that end an open <p>.
constexpr std::array<std::string_view, 30> kClosesP = {
    "address", "article", "aside",  "blockquote", "center", "details", "dialog", "dir",     "div",    "dl",
    "fieldset", "figcaption", "figure", "footer", "form",  "h1",      "h2",     "h3",      "h4",     "h5",
    "h6",       "header",  "hgroup", "hr",        "main",  "menu",    "nav",    "ol",      "pre",    "section"};

class ShapeScanner {
 public:
  ShapeScanner(std::string_view html, const HtmlLimits& limits) : html_(html), limits_(limits) {}

  Status Scan() {
    while (pos_ < html_.size()) {
      size_t lt = html_.find('<', pos_);
      if (lt == std::string_view::npos) break;
      pos_ = lt + 1;
      if (pos_ >= html_.size()) break;
      char c = html_[pos_];
      if (html_.substr(lt, 4) == "<!--") {
        SkipPast("-->", lt + 4);
      } else if (c == '!' || c == '?') {
        SkipPast(">", pos_);
      } else if (c == '/' && pos_ + 1 < html_.size() && IsAsciiAlpha(html_[pos_ + 1])) {
        ++pos_;
        EndTag(ReadName());
        SkipTag();
      } else if (IsAsciiAlpha(c)) {
        std::string name = ReadName();
        size_t tag_start = lt;
        bool self_closed = SkipTag();
        if (Status s = StartTag(name, self_closed, tag_start); !s.ok()) return s;
      }
    }
    return Status::OK();
  }

 private:
  std::string ReadName() {
    size_t start = pos_;
    while (pos_ < html_.size() && html_[pos_] != '>' && html_[pos_] != '/' && !IsSpace(html_[pos_])) {
      ++pos_;
    }
    std::string name(html_.substr(start, pos_ - start));
    for (char& ch : name) {
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    }
    return name;
  }

  static bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

  // Moves past the rest of a tag (its attributes, quoted values included) and
  // its '>'; true when the tag ends in "/>".
  bool SkipTag() {
    char quote = 0;
    bool slash = false;
    for (; pos_ < html_.size(); ++pos_) {
      char c = html_[pos_];
      if (quote != 0) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        ++pos_;
        return slash;
      }
      if (!IsSpace(c)) slash = quote == 0 && c == '/';
    }
    return false;
  }

  void SkipPast(std::string_view marker, size_t from) {
    size_t at = html_.find(marker, from);
    pos_ = at == std::string_view::npos ? html_.size() : at + marker.size();
  }

  // Skips the raw text content of `name`, up to its end tag (any case).
  void SkipRawText(const std::string& name) {
    for (;;) {
      size_t at = html_.find("</", pos_);
      if (at == std::string_view::npos) {
        pos_ = html_.size();
        return;
      }
      pos_ = at + 2;
      std::string end = ReadName();
      if (end == name) {
        SkipTag();
        return;
      }
    }
  }

  // The index of the innermost open `name` not hidden by a scope element, or -1.
  long FindInScope(std::string_view name) const {
    for (size_t i = open_.size(); i-- > 0;) {
      if (open_[i] == name) return static_cast<long>(i);
      if (IsOneOf(open_[i], kScope) || (name == "li" && open_[i] == "ol")) return -1;
    }
    return -1;
  }

  void CloseImplied(std::string_view name) {
    if (long at = FindInScope(name); at >= 0) open_.resize(static_cast<size_t>(at));
  }

  Status StartTag(const std::string& name, bool self_closed, size_t at) {
    if (++elements_ > limits_.max_elements) {
      return Status::InvalidArgument("HTML of more than " + std::to_string(limits_.max_elements) +
                                     " elements at line " + LineOf(at));
    }
    if (IsOneOf(name, kRawText)) {
      if (!self_closed) SkipRawText(name);
      return Status::OK();
    }
    if (IsOneOf(name, kVoid) || self_closed) return Status::OK();
    if (IsOneOf(name, kClosesP) || name == "table") CloseImplied("p");
    if (name == "tr") {  // a new row ends the open cell first
      CloseImplied("td");
      CloseImplied("th");
    }
    if (IsOneOf(name, kSelfClosing)) CloseImplied(name);
    if (name == "td" || name == "th") CloseImplied(name == "td" ? "th" : "td");
    open_.push_back(name);
    if (open_.size() > limits_.max_depth) {
      return Status::InvalidArgument("HTML nesting deeper than " + std::to_string(limits_.max_depth) +
                                     " elements at line " + LineOf(at));
    }
    return Status::OK();
  }

  void EndTag(const std::string& name) {
    for (size_t i = open_.size(); i-- > 0;) {
      if (open_[i] == name) {
        open_.resize(i);
        return;
      }
    }
  }

  std::string LineOf(size_t offset) const {
    return std::to_string(1 + std::count(html_.begin(), html_.begin() + static_cast<long>(offset), '\n'));
  }

  std::string_view html_;
  const HtmlLimits& limits_;
  size_t pos_ = 0;
  size_t elements_ = 0;
  std::vector<std::string> open_;
};

}  // namespace

// ---- The parse: Gumbo on an allocator with a budget ----

// Every block Gumbo allocates, linked so that all of them can be freed when
// the parse is abandoned halfway.
struct HtmlTree::Arena {
  struct alignas(16) Header {
    Header* prev;
    Header* next;
    size_t size;
  };

  ~Arena() {
    while (head != nullptr) {
      Header* next = head->next;
      std::free(head);
      head = next;
    }
  }

  static void* Allocate(void* userdata, size_t size) {
    auto* arena = static_cast<Arena*>(userdata);
    if (arena->used + size > arena->budget) std::longjmp(arena->escape, 1);
    auto* block = static_cast<Header*>(std::malloc(sizeof(Header) + size));
    if (block == nullptr) std::longjmp(arena->escape, 1);
    block->prev = nullptr;
    block->next = arena->head;
    block->size = size;
    if (arena->head != nullptr) arena->head->prev = block;
    arena->head = block;
    arena->used += size;
    return block + 1;
  }

  static void Deallocate(void* userdata, void* ptr) {
    if (ptr == nullptr) return;
    auto* arena = static_cast<Arena*>(userdata);
    Header* block = static_cast<Header*>(ptr) - 1;
    if (block->prev != nullptr) block->prev->next = block->next;
    else arena->head = block->next;
    if (block->next != nullptr) block->next->prev = block->prev;
    arena->used -= block->size;
    std::free(block);
  }

  Header* head = nullptr;
  uint64_t used = 0;
  uint64_t budget = 0;
  std::jmp_buf escape;
};

HtmlTree::HtmlTree() = default;
HtmlTree::~HtmlTree() = default;  // the arena frees the tree (gumbo_destroy_output recurses)

const GumboNode* HtmlTree::document() const { return output_ != nullptr ? output_->document : nullptr; }

namespace {

// Gumbo's parse, or null when the allocator gave up. Kept free of objects with
// destructors: Allocate leaves Gumbo's frames by longjmp to here.
GumboOutput* ParseOrNull(const GumboOptions* options, std::string_view html, std::jmp_buf* escape) {
  if (setjmp(*escape) != 0) return nullptr;
  return gumbo_parse_with_options(options, html.data(), html.size());
}

}  // namespace

Status ParseHtmlBounded(std::string_view html, const HtmlLimits& limits, HtmlTree* tree) {
  tree->output_ = nullptr;
  tree->arena_.reset();
  if (Status s = ShapeScanner(html, limits).Scan(); !s.ok()) return s;
  auto arena = std::make_unique<HtmlTree::Arena>();
  arena->budget = limits.memory_base + limits.memory_per_byte * html.size();
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = &HtmlTree::Arena::Allocate;
  options.deallocator = &HtmlTree::Arena::Deallocate;
  options.userdata = arena.get();
  options.max_errors = 0;  // each recorded error copies the stack of open elements
  GumboOutput* output = ParseOrNull(&options, html, &arena->escape);
  if (output == nullptr) {
    return Status::InvalidArgument("HTML needs more than " + std::to_string(arena->budget >> 20) +
                                   " MiB to parse (limit " + std::to_string(limits.memory_per_byte) +
                                   " bytes per byte of the page)");
  }
  tree->arena_ = std::move(arena);
  tree->output_ = output;
  return Status::OK();
}

}  // namespace geokg
