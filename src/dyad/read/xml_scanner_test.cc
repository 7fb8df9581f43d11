#include "dyad/read/xml_scanner.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace dyad {
namespace {

using Kind = XmlToken::Kind;

std::vector<XmlToken> ScanAll(std::string_view text) {
  XmlScanner s(text);
  std::vector<XmlToken> out;
  for (XmlToken t = s.Next(); t.kind != Kind::kEnd; t = s.Next()) out.push_back(t);
  return out;
}

TEST(XmlScanner, TokensAndLines) {
  auto t = ScanAll("<a x='1>'>\n text <!-- c\n -->\n<![CDATA[<x>]]><b/></a>");
  ASSERT_EQ(t.size(), 7u);
  EXPECT_EQ(t[0].kind, Kind::kStartTag);
  EXPECT_EQ(t[0].name, "a");
  EXPECT_EQ(t[0].body, " x='1>'");  // '>' inside quotes does not end the tag
  EXPECT_EQ(t[1].kind, Kind::kText);
  EXPECT_EQ(t[2].kind, Kind::kComment);
  EXPECT_EQ(t[2].body, " c\n ");
  EXPECT_EQ(t[2].line, 2);
  EXPECT_EQ(t[4].kind, Kind::kCData);
  EXPECT_EQ(t[4].body, "<x>");
  EXPECT_EQ(t[4].line, 4);
  EXPECT_TRUE(t[5].self_closing);
  EXPECT_EQ(t[6].kind, Kind::kEndTag);
  EXPECT_EQ(t[6].name, "a");
}

TEST(XmlScanner, MalformedMarkupIsAnErrorTokenAndScanningGoesOn) {
  auto t = ScanAll("< a><b attr=\"x\n<c>\xff<!-- open");
  ASSERT_GE(t.size(), 4u);
  EXPECT_EQ(t[0].kind, Kind::kError);  // '<' not followed by a name
  EXPECT_EQ(t[1].kind, Kind::kText);
  EXPECT_EQ(t[2].kind, Kind::kError);  // <b ... never closed before <c>
  EXPECT_EQ(std::string(t[2].error), "tag not closed with '>'");
  EXPECT_EQ(t[3].kind, Kind::kStartTag);
  EXPECT_EQ(t[3].name, "c");
  EXPECT_EQ(t[3].line, 2);
  EXPECT_EQ(t.back().kind, Kind::kError);
  EXPECT_EQ(std::string(t.back().error), "comment not closed before end of file");
}

TEST(XmlScanner, LineAtWorksBothWays) {
  XmlScanner s("a\nb\nc\nd");
  EXPECT_EQ(s.LineAt(6), 4);
  EXPECT_EQ(s.LineAt(2), 2);
  EXPECT_EQ(s.LineAt(0), 1);
  EXPECT_EQ(s.LineAt(100), 4);
}

TEST(XmlAttributes, QuotesSpacesAndEntities) {
  std::vector<XmlAttribute> a;
  bool undecoded = true;
  ASSERT_TRUE(ParseXmlAttributes(" date = \"2008\" id ='X-1' code='\"A B\"' t=\"a&amp;b&#233;\"", &a, &undecoded).ok());
  EXPECT_FALSE(undecoded);
  ASSERT_EQ(a.size(), 4u);
  EXPECT_EQ(a[0].name, "date");
  EXPECT_EQ(a[0].value, "2008");
  EXPECT_EQ(a[1].value, "X-1");
  EXPECT_EQ(a[2].value, "\"A B\"");
  EXPECT_EQ(a[3].value, "a&b\xC3\xA9");
}

TEST(XmlAttributes, Errors) {
  std::vector<XmlAttribute> a;
  bool undecoded;
  for (const char* bad : {"id", "id=", "id=x", "id=\"x", "=\"x\"", "id=\"a\" id=\"b\"", "id=\"a\"\"b\""}) {
    EXPECT_FALSE(ParseXmlAttributes(bad, &a, &undecoded).ok()) << bad;
  }
}

TEST(XmlDecode, EntitiesAndReferences) {
  std::string out;
  EXPECT_TRUE(AppendXmlDecoded("&lt;a&gt; &quot;&apos;&amp; &#x1F600; &#65;", &out));
  EXPECT_EQ(out, "<a> \"'& \xF0\x9F\x98\x80 A");
  for (const char* kept : {"AT&T", "&bogus;", "&#0;", "&#xD800;", "&#x110000;", "&", "&#;"}) {
    std::string s;
    EXPECT_FALSE(AppendXmlDecoded(kept, &s)) << kept;
    EXPECT_EQ(s, kept);
  }
}

}  // namespace
}  // namespace dyad
