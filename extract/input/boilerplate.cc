#include "extract/input/boilerplate.h"

#include <string>

namespace geokg {
namespace {

std::string LowerText(const Sentence& s) {
  std::string out;
  for (const auto& t : s.tokens) {
    if (!out.empty()) out += ' ';
    out += t.lower;
  }
  return out;
}

bool Contains(const std::string& text, const char* needle) { return text.find(needle) != std::string::npos; }

// A marker after which nothing belongs to the article.
bool IsTailMarker(const std::string& text) {
  static const char* kMarkers[] = {"be part of quality journalism", "leave a reply", "leave a comment",
                                   "your email address will not be published", "subscribe to our newsletter",
                                   "more stories", "related stories", "related articles", "read more :",
                                   "support our journalism", "all rights reserved", "share this article",
                                   "follow us on", "sign up for", "comments ( 0 )", "you may also like"};
  for (const char* m : kMarkers) {
    if (Contains(text, m)) return true;
  }
  return false;
}

// A short line that is only a prompt or a byline.
bool IsPromptLine(const Sentence& s, const std::string& text) {
  if (s.tokens.size() > 8) return false;
  static const char* kPrompts[] = {"subscribe", "share this", "share on", "click here", "advertisement",
                                   "sponsored", "print this", "email this", "read more", "tweet", "whatsapp"};
  for (const char* p : kPrompts) {
    if (Contains(text, p)) return true;
  }
  return text.rfind("by ", 0) == 0 && s.tokens.size() <= 5 && s.tokens.back().lower != ".";
}

}  // namespace

void DropBoilerplate(std::vector<Sentence>* sentences) {
  size_t n = sentences->size();
  size_t cut = n;
  for (size_t i = n / 2; i < n; ++i) {
    if (IsTailMarker(LowerText((*sentences)[i]))) {
      cut = i;
      break;
    }
  }
  std::vector<Sentence> kept;
  kept.reserve(cut);
  for (size_t i = 0; i < cut; ++i) {
    Sentence& s = (*sentences)[i];
    if (IsPromptLine(s, LowerText(s))) continue;
    kept.push_back(std::move(s));
  }
  sentences->swap(kept);
}

}  // namespace geokg
