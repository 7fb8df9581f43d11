// Ties a parse tree's tokens to the text they came from. A treebank parse
// carries words but not positions; the coder's output and any later display
// want byte offsets into the document text, so they are recovered by walking
// the text and the tokens together.
#ifndef DYAD_TREE_TOKEN_ALIGNMENT_H_
#define DYAD_TREE_TOKEN_ALIGNMENT_H_

#include <cstdint>
#include <span>
#include <string_view>

#include "dyad/tree/parse_tree.h"

namespace dyad {

// Sets each token's [begin, end) to its byte range in `text` (UTF-8), the last
// step of building a tree. Best effort: tokens are matched in order,
// ignoring ASCII case, with escapes and their plain forms treated alike
// (-LRB- / "(", `` / " / “, '' / " / ”, -- / – / —, ... / …); a token the text
// does not show within a short distance keeps -1 and alignment resumes with
// the next token, so one edited word cannot shift the rest. Returns the number
// of tokens aligned.
int AlignTokenOffsets(std::string_view text, ParseTree* tree);

// A token's byte range [begin, end) in its text.
struct ByteRange {
  int32_t begin = 0;
  int32_t end = 0;
};

// Sets each token's byte range to spans[token] shifted left by `shift`, in
// place of AlignTokenOffsets, for a parser that knows where each token came
// from. Requires spans.size() == tree->token_count() and every begin and end
// >= shift.
void SetTokenOffsets(std::span<const ByteRange> spans, int32_t shift, ParseTree* tree);

}  // namespace dyad

#endif  // DYAD_TREE_TOKEN_ALIGNMENT_H_
