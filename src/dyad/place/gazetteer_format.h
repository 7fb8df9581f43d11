// The gazetteer file layout, shared by the writer (gazetteer_builder.h) and the
// loader (gazetteer.h). All integers are little-endian.
//
//   header   32 bytes: magic "DYADGAZ1", u32 place count, u32 key count,
//            u32 string bytes, u32 zero, u64 checksum of all bytes after the header
//   places   24 bytes each: u32 name offset, u16 name length, 3 bytes country
//            alpha-3, u8 kind, u8 coordinate source, u8 zero, i32 latitude and
//            i32 longitude in 1e-5 degrees, u32 population
//   keys     12 bytes each, sorted by key bytes then place: u32 key offset,
//            u16 key length, u16 zero, u32 place index
//   strings  the names and keys the offsets point into (UTF-8)
//
// A country's alpha-3 code is keyed as kCodeKeyPrefix + code: PlaceKey drops
// periods, so no name's key takes that form, and only a code written in
// capitals ("AND", not "and") finds the country.
//
// The file is built by build_gazetteer, never edited by hand; the loader checks
// every offset, count and the checksum, so a damaged file is refused whole.
#ifndef DYAD_PLACE_GAZETTEER_FORMAT_H_
#define DYAD_PLACE_GAZETTEER_FORMAT_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace dyad::gazetteer_format {

inline constexpr std::string_view kMagic = "DYADGAZ1";
inline constexpr size_t kHeaderBytes = 32;
inline constexpr size_t kPlaceBytes = 24;
inline constexpr size_t kKeyBytes = 12;
inline constexpr std::string_view kCodeKeyPrefix = ".";
inline constexpr int32_t kDegreeUnits = 100000;  // coordinates are stored in 1e-5 degrees

// Checksum of the bytes after the header: a 64-bit multiply-rotate hash, fast
// enough to check on every load (a few ms for the whole world).
uint64_t Checksum(std::string_view bytes);

}  // namespace dyad::gazetteer_format

#endif  // DYAD_PLACE_GAZETTEER_FORMAT_H_
