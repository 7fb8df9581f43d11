#include "dyad/dict/english_forms.h"

#include "dyad/base/text.h"

namespace dyad {
namespace {

bool IsVowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

// True when `word` ends in a consonant followed by Y (CARRY, not DEPLOY).
bool EndsInConsonantY(std::string_view word) {
  size_t n = word.size();
  return n >= 2 && word[n - 1] == 'Y' && IsAsciiAlpha(word[n - 2]) && !IsVowel(word[n - 2]);
}

bool TakesEs(std::string_view word) {
  return EndsWith(word, "S") || EndsWith(word, "X") || EndsWith(word, "Z") || EndsWith(word, "CH") ||
         EndsWith(word, "SH");
}

std::string WithoutLast(std::string_view word) { return std::string(word.substr(0, word.size() - 1)); }

}  // namespace

std::string NounPlural(std::string_view word) {
  if (EndsInConsonantY(word)) return WithoutLast(word) + "IES";
  if (TakesEs(word)) return std::string(word) + "ES";
  return std::string(word) + "S";
}

VerbForms RegularVerbForms(std::string_view verb) {
  std::string w(verb);
  VerbForms f;
  f.third_person = NounPlural(verb);  // the same spelling rule
  if (EndsInConsonantY(verb)) {
    f.past = WithoutLast(verb) + "IED";
  } else if (EndsWith(verb, "E")) {
    f.past = w + "D";
  } else {
    f.past = w + "ED";
  }
  // USE -> USING, but AGREE -> AGREEING and SEE -> SEEING.
  bool drop_e = EndsWith(verb, "E") && verb.size() >= 2 && !IsVowel(verb[verb.size() - 2]);
  f.participle = (drop_e ? WithoutLast(verb) : w) + "ING";
  return f;
}

}  // namespace dyad
