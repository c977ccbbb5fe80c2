#include "extract/input/html_text.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "extract/input/dateline.h"

namespace geokg {

namespace {

// Bytes of the Unicode space characters (besides ASCII whitespace) that
// paragraphs collapse: U+00A0, U+2000..U+200A, U+202F, U+205F, U+3000.
size_t UnicodeSpaceLength(std::string_view s, size_t i) {
  auto at = [&](size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
  unsigned char b0 = at(i), b1 = at(i + 1), b2 = at(i + 2);
  if (b0 == 0xC2 && b1 == 0xA0) return 2;
  if (b0 == 0xE2 && b1 == 0x80 && ((b2 >= 0x80 && b2 <= 0x8A) || b2 == 0xAF)) return 3;
  if (b0 == 0xE2 && b1 == 0x81 && b2 == 0x9F) return 3;
  if (b0 == 0xE3 && b1 == 0x80 && b2 == 0x80) return 3;
  return 0;
}

// `text` with every run of whitespace turned into one space, trimmed.
std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      pending_space = true;
      ++i;
    } else if (size_t n = UnicodeSpaceLength(text, i); n > 0) {
      pending_space = true;
      i += n;
    } else {
      if (pending_space && !out.empty()) out.push_back(' ');
      pending_space = false;
      out.push_back(c);
      ++i;
    }
  }
  return out;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

const GumboElement* AsElement(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT ? &node->v.element : nullptr;
}

bool IsHtmlTag(const GumboNode* node, GumboTag tag) {
  const GumboElement* el = AsElement(node);
  return el != nullptr && el->tag == tag && el->tag_namespace == GUMBO_NAMESPACE_HTML;
}

std::string_view Attribute(const GumboElement& el, const char* name) {
  const GumboAttribute* attr = gumbo_get_attribute(&el.attributes, name);
  return attr != nullptr && attr->value != nullptr ? std::string_view(attr->value) : std::string_view();
}

// Elements whose whole subtree is never article text.
bool IsDroppedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE:
      return true;
    default:
      return false;
  }
}

// True when the element's class or id names page furniture (share bars,
// newsletter boxes, related stories, comments, ads, cookie banners, menus).
bool IsBoilerplate(const GumboElement& el) {
  static constexpr std::array<std::string_view, 11> kWords = {
      "share", "social", "newsletter", "subscribe", "related", "comment",
      "advert", "promo", "cookie", "menu", "breadcrumb"};
  for (const char* name : {"class", "id"}) {
    std::string value = Lower(Attribute(el, name));
    if (value.empty()) continue;
    for (std::string_view word : kWords) {
      if (value.find(word) != std::string::npos) return true;
    }
  }
  return false;
}

bool IsParagraphTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE:
      return true;
    default:
      return false;
  }
}

// Phrasing elements: they never break a paragraph.
bool IsInlineTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_A: case GUMBO_TAG_ABBR: case GUMBO_TAG_B: case GUMBO_TAG_BDI: case GUMBO_TAG_BDO:
    case GUMBO_TAG_CITE: case GUMBO_TAG_CODE: case GUMBO_TAG_DATA: case GUMBO_TAG_DFN:
    case GUMBO_TAG_EM: case GUMBO_TAG_FONT: case GUMBO_TAG_I: case GUMBO_TAG_KBD:
    case GUMBO_TAG_MARK: case GUMBO_TAG_Q: case GUMBO_TAG_S: case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SMALL: case GUMBO_TAG_SPAN: case GUMBO_TAG_STRONG: case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP: case GUMBO_TAG_TIME: case GUMBO_TAG_U: case GUMBO_TAG_VAR:
    case GUMBO_TAG_WBR: case GUMBO_TAG_BIG: case GUMBO_TAG_TT: case GUMBO_TAG_NOBR:
    case GUMBO_TAG_STRIKE:
      return true;
    default:
      return false;
  }
}

// Visits the subtree of `root` in document order, iteratively (pages can nest
// deeply). `enter(node)` returns false to skip a node's children; `leave(node)`
// runs after the children of an element that was entered.
template <typename Enter, typename Leave>
void Walk(const GumboNode* root, Enter enter, Leave leave) {
  struct Frame {
    const GumboNode* node;
    bool leaving;
  };
  std::vector<Frame> stack{{root, false}};
  while (!stack.empty()) {
    Frame frame = stack.back();
    stack.pop_back();
    if (frame.leaving) {
      leave(frame.node);
      continue;
    }
    if (!enter(frame.node)) continue;
    const GumboVector* children = nullptr;
    if (frame.node->type == GUMBO_NODE_ELEMENT || frame.node->type == GUMBO_NODE_TEMPLATE) {
      children = &frame.node->v.element.children;
    } else if (frame.node->type == GUMBO_NODE_DOCUMENT) {
      children = &frame.node->v.document.children;
    }
    if (children == nullptr) continue;
    stack.push_back({frame.node, true});
    for (unsigned i = children->length; i-- > 0;) {
      stack.push_back({static_cast<const GumboNode*>(children->data[i]), false});
    }
  }
}

// The paragraphs of the subtree of `root` (see ExtractHtmlArticle). Strict:
// only text inside paragraph elements; loose: all visible text, split at
// every non-inline element and <br>.
std::vector<std::string> CollectParagraphs(const GumboNode* root, bool loose) {
  std::vector<std::string> paragraphs;
  std::string current;
  int depth = 0;  // open paragraph elements
  auto flush = [&] {
    std::string paragraph = CollapseWhitespace(current);
    current.clear();
    if (!paragraph.empty()) paragraphs.push_back(std::move(paragraph));
  };
  auto breaks = [&](GumboTag tag) { return IsParagraphTag(tag) || (loose && !IsInlineTag(tag)); };
  Walk(
      root,
      [&](const GumboNode* node) {
        switch (node->type) {
          case GUMBO_NODE_TEXT: case GUMBO_NODE_CDATA: case GUMBO_NODE_WHITESPACE:
            if (loose || depth > 0) current += node->v.text.text;
            return false;
          case GUMBO_NODE_ELEMENT: {
            const GumboElement& el = node->v.element;
            if (IsDroppedTag(el.tag) || (node != root && IsBoilerplate(el))) return false;
            if (el.tag == GUMBO_TAG_BR) {
              if (loose) flush();
              else current.push_back(' ');
              return false;
            }
            if (breaks(el.tag)) flush();
            if (IsParagraphTag(el.tag)) ++depth;
            return true;
          }
          default:  // comments, <template> contents
            return false;
        }
      },
      [&](const GumboNode* node) {
        GumboTag tag = node->v.element.tag;
        if (breaks(tag)) flush();
        if (IsParagraphTag(tag)) --depth;
      });
  flush();
  return paragraphs;
}

std::string Join(const std::vector<std::string>& paragraphs) {
  std::string text;
  for (const std::string& paragraph : paragraphs) {
    if (!text.empty()) text += "\n\n";
    text += paragraph;
  }
  return text;
}

// All the text of a subtree (a <title>, an <h1>), whitespace collapsed.
std::string TextOf(const GumboNode* node) {
  std::string text;
  Walk(
      node,
      [&](const GumboNode* n) {
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
          text += n->v.text.text;
        }
        return n->type == GUMBO_NODE_ELEMENT && (n == node || !IsDroppedTag(n->v.element.tag));
      },
      [](const GumboNode*) {});
  return CollapseWhitespace(text);
}

// The first HTML element with `tag` in the subtree of `root` that `accept`s, or null.
template <typename Accept>
const GumboNode* FindFirst(const GumboNode* root, GumboTag tag, Accept accept) {
  const GumboNode* found = nullptr;
  Walk(
      root,
      [&](const GumboNode* node) {
        if (found != nullptr) return false;
        if (IsHtmlTag(node, tag) && accept(node->v.element)) {
          found = node;
          return false;
        }
        return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_DOCUMENT;
      },
      [](const GumboNode*) {});
  return found;
}

bool HasRelToken(std::string_view rel, std::string_view token) {
  std::string lower = Lower(rel);
  size_t i = 0;
  while (i < lower.size()) {
    size_t start = lower.find_first_not_of(" \t\n\r\f", i);
    if (start == std::string::npos) break;
    size_t end = std::min(lower.find_first_of(" \t\n\r\f", start), lower.size());
    if (std::string_view(lower).substr(start, end - start) == token) return true;
    i = end;
  }
  return false;
}

// The page's <meta> and <link> metadata, wherever they appear.
struct PageMeta {
  std::string published_time, site_name, og_url, og_title, canonical;
};

PageMeta ReadPageMeta(const GumboNode* document) {
  PageMeta meta;
  auto set_once = [](std::string* field, std::string_view value) {
    if (field->empty()) *field = CollapseWhitespace(value);
  };
  Walk(
      document,
      [&](const GumboNode* node) {
        const GumboElement* el = AsElement(node);
        if (el == nullptr) return node->type == GUMBO_NODE_DOCUMENT;
        if (IsHtmlTag(node, GUMBO_TAG_META)) {
          std::string key = Lower(Attribute(*el, "property"));
          if (key.empty()) key = Lower(Attribute(*el, "name"));
          std::string_view content = Attribute(*el, "content");
          if (key == "article:published_time") set_once(&meta.published_time, content);
          else if (key == "og:site_name") set_once(&meta.site_name, content);
          else if (key == "og:url") set_once(&meta.og_url, content);
          else if (key == "og:title") set_once(&meta.og_title, content);
        } else if (IsHtmlTag(node, GUMBO_TAG_LINK) && HasRelToken(Attribute(*el, "rel"), "canonical")) {
          set_once(&meta.canonical, Attribute(*el, "href"));
        }
        return true;
      },
      [](const GumboNode*) {});
  return meta;
}

// `title` without a trailing " - <site>" (or " | ", " – ", " — ", " :: ", " · ").
std::string StripSiteName(std::string title, std::string_view site) {
  if (site.empty()) return title;
  for (std::string_view sep : {" - ", " | ", " \u2013 ", " \u2014 ", " :: ", " \u00b7 "}) {
    std::string suffix = std::string(sep) + std::string(site);
    if (title.size() > suffix.size() && title.compare(title.size() - suffix.size(), suffix.size(), suffix) == 0) {
      title.resize(title.size() - suffix.size());
      return title;
    }
  }
  return title;
}

// The content root and its paragraphs: the <article> with the most text, else
// <main>, else <body>; the first of them with any text.
std::pair<const GumboNode*, std::vector<std::string>> ChooseContent(const GumboNode* document) {
  std::vector<const GumboNode*> articles;
  const GumboNode* main = nullptr;
  const GumboNode* body = nullptr;
  Walk(
      document,
      [&](const GumboNode* node) {
        if (IsHtmlTag(node, GUMBO_TAG_ARTICLE)) articles.push_back(node);
        else if (IsHtmlTag(node, GUMBO_TAG_MAIN) && main == nullptr) main = node;
        else if (IsHtmlTag(node, GUMBO_TAG_BODY) && body == nullptr) body = node;
        return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_DOCUMENT;
      },
      [](const GumboNode*) {});
  auto length = [](const std::vector<std::string>& paragraphs) {
    size_t total = 0;
    for (const auto& p : paragraphs) total += p.size();
    return total;
  };
  const GumboNode* best = nullptr;
  std::vector<std::string> best_paragraphs;
  for (const GumboNode* article : articles) {
    std::vector<std::string> paragraphs = CollectParagraphs(article, /*loose=*/false);
    if (length(paragraphs) > length(best_paragraphs)) {
      best = article;
      best_paragraphs = std::move(paragraphs);
    }
  }
  if (best != nullptr) return {best, std::move(best_paragraphs)};
  for (const GumboNode* root : {main, body}) {
    if (root == nullptr) continue;
    std::vector<std::string> paragraphs = CollectParagraphs(root, /*loose=*/false);
    if (!paragraphs.empty()) return {root, std::move(paragraphs)};
  }
  // No paragraph elements anywhere: the loose text of the best root.
  const GumboNode* root = !articles.empty() ? articles.front() : main != nullptr ? main : body;
  if (root == nullptr) return {document, {}};
  return {root, CollectParagraphs(root, /*loose=*/true)};
}

}  // namespace

Status ExtractHtmlArticle(std::string_view html, const HtmlLimits& limits, HtmlArticle* out) {
  *out = HtmlArticle();
  HtmlTree tree;
  if (Status s = ParseHtmlBounded(html, limits, &tree); !s.ok()) return s;
  const GumboNode* document = tree.document();
  HtmlArticle& article = *out;

  auto [root, paragraphs] = ChooseContent(document);
  article.text = Join(paragraphs);

  PageMeta meta = ReadPageMeta(document);
  article.source = meta.site_name;
  article.url = !meta.canonical.empty() ? meta.canonical : meta.og_url;

  auto any = [](const GumboElement&) { return true; };
  if (const GumboNode* title = FindFirst(document, GUMBO_TAG_TITLE, any)) {
    article.title = StripSiteName(TextOf(title), article.source);
  }
  if (article.title.empty()) article.title = meta.og_title;
  if (article.title.empty()) {
    const GumboNode* h1 = FindFirst(root, GUMBO_TAG_H1, any);
    if (h1 == nullptr) h1 = FindFirst(document, GUMBO_TAG_H1, any);
    if (h1 != nullptr) article.title = TextOf(h1);
  }

  article.date = ParseDate(meta.published_time);
  if (article.date.empty()) {
    auto dated = [](const GumboElement& el) { return !ParseDate(Attribute(el, "datetime")).empty(); };
    const GumboNode* time = FindFirst(root, GUMBO_TAG_TIME, dated);
    if (time == nullptr) time = FindFirst(document, GUMBO_TAG_TIME, dated);
    if (time != nullptr) article.date = ParseDate(Attribute(time->v.element, "datetime"));
  }
  return Status::OK();
}

HtmlArticle ExtractHtmlArticle(std::string_view html) {
  HtmlArticle article;
  if (!ExtractHtmlArticle(html, HtmlLimits(), &article).ok()) article = HtmlArticle();
  return article;
}

}  // namespace geokg
