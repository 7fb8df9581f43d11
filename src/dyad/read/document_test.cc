#include "dyad/read/document.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(Segment, CodedRoles) {
  for (SegmentRole role : {SegmentRole::kHeadline, SegmentRole::kParagraph, SegmentRole::kCaption}) {
    EXPECT_TRUE((Segment{role, 0, 1, 1, -1}.coded())) << SegmentRoleName(role);
    EXPECT_FALSE((Segment{role, 0, 1, 1, 0}.coded())) << SegmentRoleName(role) << " repeated";
  }
  for (SegmentRole role : {SegmentRole::kByline, SegmentRole::kDateline, SegmentRole::kRelated,
                           SegmentRole::kBoilerplate}) {
    EXPECT_FALSE((Segment{role, 0, 1, 1, -1}.coded())) << SegmentRoleName(role);
  }
}

TEST(Document, CodedSegmentsKeepTextOrderAndOffsets) {
  Document doc;
  doc.text = "Head\nAdvertisement\nBody one.\nBody one.";
  doc.segments = {{SegmentRole::kHeadline, 0, 4, 1, -1},
                  {SegmentRole::kBoilerplate, 5, 18, 2, -1},
                  {SegmentRole::kParagraph, 19, 28, 3, -1},
                  {SegmentRole::kParagraph, 29, 38, 4, 2}};
  std::vector<Segment> coded = doc.CodedSegments();
  ASSERT_EQ(coded.size(), 2u);
  EXPECT_EQ(doc.SegmentText(coded[0]), "Head");
  EXPECT_EQ(doc.SegmentText(coded[1]), "Body one.");
  EXPECT_EQ(coded[1].begin, 19u);
}

TEST(ValidateSegments, CatchesEachKindOfDamage) {
  Document doc;
  doc.text = "Head\nBody.\nBody.";
  doc.segments = {{SegmentRole::kHeadline, 0, 4, 1, -1},
                  {SegmentRole::kParagraph, 5, 10, 2, -1},
                  {SegmentRole::kParagraph, 11, 16, 3, 1}};
  EXPECT_TRUE(ValidateSegments(doc).ok()) << ValidateSegments(doc).ToString();

  Document overlap = doc;
  overlap.segments[1].begin = 3;
  EXPECT_FALSE(ValidateSegments(overlap).ok());
  Document empty = doc;
  empty.segments[1].end = 5;
  EXPECT_FALSE(ValidateSegments(empty).ok());
  Document past = doc;
  past.segments[2].end = 17;
  EXPECT_FALSE(ValidateSegments(past).ok());
  Document wrong_repeat = doc;
  wrong_repeat.segments[2].duplicate_of = 0;
  EXPECT_FALSE(ValidateSegments(wrong_repeat).ok());
  Document forward_repeat = doc;
  forward_repeat.segments[1].duplicate_of = 2;
  EXPECT_FALSE(ValidateSegments(forward_repeat).ok());
}

TEST(SegmentRoleName, Names) {
  EXPECT_EQ(SegmentRoleName(SegmentRole::kRelated), "related");
  EXPECT_EQ(SegmentRoleName(SegmentRole::kBoilerplate), "boilerplate");
  EXPECT_EQ(SegmentRoleName(SegmentRole::kDateline), "dateline");
}

}  // namespace
}  // namespace dyad
