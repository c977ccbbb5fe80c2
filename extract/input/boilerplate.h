// Boilerplate: sentences of a page that are not the article (reader appeals,
// subscription and share prompts, comment forms, bylines, "More stories").
#pragma once

#include <vector>

#include "extract/text/tokenizer.h"

namespace geokg {

// Removes boilerplate sentences: from the first reader-appeal or comment-form
// marker in the second half of the article to its end, and anywhere any short
// line that is only a prompt ("Share this article", "By Staff Reporter").
void DropBoilerplate(std::vector<Sentence>* sentences);

}  // namespace geokg
