#include "dyad/write/json_text.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad {
namespace {

std::string Json(std::string_view s) {
  std::string out;
  AppendJsonString(s, &out);
  return out;
}

TEST(JsonTextTest, QuotesAndBackslashesAreEscaped) {
  EXPECT_EQ(Json(R"(say "hi" \o/)"), R"("say \"hi\" \\o/")");
}

TEST(JsonTextTest, ControlCharactersAreEscaped) {
  EXPECT_EQ(Json("a\nb\rc\td"), R"("a\nb\rc\td")");
  EXPECT_EQ(Json("\b\f"), R"("\b\f")");
  EXPECT_EQ(Json(std::string("\x01\x1f", 2)), R"("\u0001\u001f")");
  EXPECT_EQ(Json(std::string("a\0b", 3)), R"("a\u0000b")");
}

TEST(JsonTextTest, DelAndPrintableAsciiPassThrough) {
  EXPECT_EQ(Json("A~\x7f/"), "\"A~\x7f/\"");
}

TEST(JsonTextTest, WellFormedUtf8PassesThrough) {
  const std::string s = "Caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80 \xEF\xBF\xBF";
  EXPECT_EQ(Json(s), "\"" + s + "\"");
}

TEST(JsonTextTest, InvalidUtf8BecomesReplacementCharacters) {
  const std::string fffd = "\xEF\xBF\xBD";
  EXPECT_EQ(Json("a\x80z"), "\"a" + fffd + "z\"");          // stray continuation
  EXPECT_EQ(Json("a\xC3"), "\"a" + fffd + "\"");            // truncated at the end
  EXPECT_EQ(Json("\xC3z"), "\"" + fffd + "z\"");            // truncated before ASCII
  EXPECT_EQ(Json("\xC0\xAF"), "\"" + fffd + fffd + "\"");   // overlong '/'
  EXPECT_EQ(Json("\xE0\x80\xAF"), "\"" + fffd + fffd + fffd + "\"");  // overlong 3-byte
  EXPECT_EQ(Json("\xED\xA0\x80"), "\"" + fffd + fffd + fffd + "\"");  // surrogate D800
  EXPECT_EQ(Json("\xF4\x90\x80\x80"), "\"" + fffd + fffd + fffd + fffd + "\"");  // > U+10FFFF
  EXPECT_EQ(Json("\xFF"), "\"" + fffd + "\"");
  // An invalid byte does not swallow the valid character after it.
  EXPECT_EQ(Json("\xE2\x80\xC3\xA9"), "\"" + fffd + fffd + "\xC3\xA9\"");
}

TEST(JsonTextTest, EmptyString) { EXPECT_EQ(Json(""), "\"\""); }

TEST(JsonTextTest, NumbersInShortestForm) {
  auto num = [](double v) {
    std::string out;
    AppendJsonNumber(v, &out);
    return out;
  };
  EXPECT_EQ(num(3.4), "3.4");
  EXPECT_EQ(num(-10.0), "-10");
  EXPECT_EQ(num(0.0), "0");
  EXPECT_EQ(num(-0.0), "0");
  EXPECT_EQ(num(1.9), "1.9");
}

}  // namespace
}  // namespace dyad
