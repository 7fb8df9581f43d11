#include "dyad/text/ascii_fold.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(AsciiFoldTest, UpperCasesAscii) { EXPECT_EQ(AsciiFoldUpper("Zelenskyy met al-Sisi, 2025!"), "ZELENSKYY MET AL-SISI, 2025!"); }

TEST(AsciiFoldTest, FoldsLatin1Letters) {
  EXPECT_EQ(AsciiFoldUpper("àáâãäå ç èéêë ìíîï ñ òóôõöø ùúûü ýÿ"), "AAAAAA C EEEE IIII N OOOOOO UUUU YY");
  EXPECT_EQ(AsciiFoldUpper("ÀÉÎÕÜÝ"), "AEIOUY");
  EXPECT_EQ(AsciiFoldUpper("Æsir straße Þór Øresund ðe"), "AESIR STRASSE THOR ORESUND DE");
}

TEST(AsciiFoldTest, KeepsLatin1SymbolsThatAreNotLetters) { EXPECT_EQ(AsciiFoldUpper("3×4÷2"), "3×4÷2"); }

TEST(AsciiFoldTest, FoldsLatinExtendedAAndB) {
  EXPECT_EQ(AsciiFoldUpper("Wŏnsan"), "WONSAN");
  EXPECT_EQ(AsciiFoldUpper("Łódź Kraków Gdańsk Dubrovnik Škoda Čapek"), "LODZ KRAKOW GDANSK DUBROVNIK SKODA CAPEK");
  EXPECT_EQ(AsciiFoldUpper("İstanbul Erdoğan Şişli ı"), "ISTANBUL ERDOGAN SISLI I");
  EXPECT_EQ(AsciiFoldUpper("Œuvre Ĳssel"), "OEUVRE IJSSEL");
  EXPECT_EQ(AsciiFoldUpper("Əliyev Ərdəbil"), "ALIYEV ARDABIL");  // Azerbaijani schwa, transliterated A
  EXPECT_EQ(AsciiFoldUpper("București Țara Ǆ ǆ"), "BUCURESTI TARA DZ DZ");
  EXPECT_EQ(AsciiFoldUpper("Ơ ư ɏ"), "O U Y");
}

TEST(AsciiFoldTest, DropsCombiningMarks) { EXPECT_EQ(AsciiFoldUpper("Wo\xCC\x86nsan"), "WONSAN"); }

TEST(AsciiFoldTest, KeepsOtherScriptsAndInvalidBytes) {
  EXPECT_EQ(AsciiFoldUpper("Москва 北京 القاهرة"), "Москва 北京 القاهرة");
  EXPECT_EQ(AsciiFoldUpper("a\xFF\xC3"), "A\xFF\xC3");
}

TEST(AsciiFoldTest, NeverLengthensText) {
  // AsciiFoldUpperTo writes into a buffer of the input's size.
  std::string all;
  for (char32_t cp = 0xC0; cp < 0x250; ++cp) {
    all += static_cast<char>(0xC0 | (cp >> 6));
    all += static_cast<char>(0x80 | (cp & 0x3F));
  }
  EXPECT_LE(AsciiFoldUpper(all).size(), all.size());
}

}  // namespace
}  // namespace dyad
