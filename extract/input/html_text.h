// HTML pages to article text: the article's paragraphs without the page's
// boilerplate, and the page's metadata (title, date, source, url).
#pragma once

#include <string>
#include <string_view>

#include "extract/input/html_guard.h"
#include "graph/status.h"

namespace geokg {

struct HtmlArticle {
  std::string title;   // <title> (a trailing " - <site name>" removed), else og:title, else the first <h1>
  std::string date;    // YYYY-MM-DD from article:published_time or <time datetime>, or empty
  std::string url;     // <link rel="canonical">, else og:url
  std::string source;  // og:site_name
  // The extracted paragraphs, separated by a blank line ("\n\n"), each with
  // its whitespace collapsed to single spaces. NOTE: this is not the page's
  // bytes: the evidence offsets of an HTML article index into this text.
  std::string text;
};

// Extracts the article of an HTML page (UTF-8). The content root is the
// <article> with the most text (several: teasers, related stories), else
// <main>, else <body>. Within it, the text of <p>, <h1>-<h3>, <li> and
// <blockquote> is kept, one paragraph each (a paragraph nested in another
// splits it); <script>, <style>, <nav>, <header>, <footer>, <aside>, <form>,
// <noscript>, <template>, <svg>, <iframe>, comments, and elements whose class or
// id contains share, social, newsletter, subscribe, related, comment, advert,
// promo, cookie, menu or breadcrumb are dropped. Entities are decoded; no-break
// and other Unicode spaces become plain spaces. When the root has no such
// paragraph (text laid out in <div>s and <br>s), its visible text is kept
// split at block elements and line breaks. A page without article text gives
// an empty `text`. Fails (InvalidArgument, see ParseHtmlBounded) only when the
// page exceeds `limits`.
Status ExtractHtmlArticle(std::string_view html, const HtmlLimits& limits, HtmlArticle* article);

// The same with the default limits; a page over them gives an empty article.
HtmlArticle ExtractHtmlArticle(std::string_view html);

}  // namespace geokg
