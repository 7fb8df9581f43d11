#include "dyad/parse/pos_tag.h"

namespace dyad {

std::string_view PosTagName(PosTag tag) {
  static constexpr std::string_view kNames[kPosTagCount] = {
      "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP", "NNPS",
      "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG",
      "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB",
      ",", ".", ":", "``", "''", "-LRB-", "-RRB-", "$", "#",
  };
  return kNames[static_cast<int>(tag)];
}

}  // namespace dyad
