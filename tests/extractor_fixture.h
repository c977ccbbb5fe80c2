// A test fixture that extracts sentences written for a test through the public
// Extractor with the embedded dictionaries.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "extract/extractor.h"

namespace geokg {

class ExtractorFixture : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ExtractorOptions options;
    ASSERT_TRUE(Extractor::Create(options, &extractor_).ok());
  }
  static void TearDownTestSuite() { extractor_.reset(); }

  std::vector<Triple> Extract(const std::string& text, const std::string& date = "2023-06-01") {
    Article article;
    article.id = "t";
    article.date = date;
    article.text = text;
    article.origin = "test";
    std::vector<Triple> triples;
    Status s = extractor_->Extract(article, &triples);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return triples;
  }

  // The first triple subject -> object (by id), or nullptr.
  static const Triple* Find(const std::vector<Triple>& triples, const std::string& subject, const std::string& object,
                            RelationKind kind = RelationKind::kEvent) {
    for (const auto& t : triples) {
      if (t.subject.id == subject && t.object.id == object && t.kind == kind) return &t;
    }
    return nullptr;
  }

  static std::string Dump(const std::vector<Triple>& triples) {
    std::string out;
    for (const auto& t : triples) {
      out += t.subject.id + " -" + t.predicate + "-> " + t.object.id + " (" + std::string(ToString(t.polarity)) +
             ", " + std::string(ToString(t.modality)) + ", " + t.cameo + ")\n";
    }
    return out;
  }

  static std::unique_ptr<Extractor> extractor_;
};

inline std::unique_ptr<Extractor> ExtractorFixture::extractor_;

}  // namespace geokg
