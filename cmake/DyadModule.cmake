# dyad_module(NAME DEPS <modules...> [LIBS <libraries...>])
#
# One pipeline stage = one folder src/dyad/NAME = one static library dyad_NAME.
# Sources are the folder's *.cc; foo_test.cc files form the test binary
# dyad_NAME_tests; foo_fuzzer.cc files become libFuzzer targets (DYAD_FUZZ=ON).
function(dyad_module name)
  cmake_parse_arguments(ARG "" "" "DEPS;LIBS" ${ARGN})
  set(dir ${PROJECT_SOURCE_DIR}/src/dyad/${name})
  file(GLOB all_cc CONFIGURE_DEPENDS ${dir}/*.cc)
  set(lib_cc ${all_cc})
  list(FILTER lib_cc EXCLUDE REGEX "_(test|fuzzer)\\.cc$")
  set(test_cc ${all_cc})
  list(FILTER test_cc INCLUDE REGEX "_test\\.cc$")
  set(fuzz_cc ${all_cc})
  list(FILTER fuzz_cc INCLUDE REGEX "_fuzzer\\.cc$")

  set(deps)
  foreach(d IN LISTS ARG_DEPS)
    list(APPEND deps dyad_${d})
  endforeach()

  add_library(dyad_${name} STATIC ${lib_cc})
  target_include_directories(dyad_${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(dyad_${name} PUBLIC ${deps} ${ARG_LIBS})

  if(DYAD_TESTS AND test_cc)
    add_executable(dyad_${name}_tests ${test_cc})
    target_link_libraries(dyad_${name}_tests PRIVATE dyad_${name} dyad_testing
                          GTest::gtest GTest::gtest_main GTest::gmock)
    gtest_discover_tests(dyad_${name}_tests DISCOVERY_TIMEOUT 60
                         PROPERTIES LABELS ${name})
  endif()

  if(DYAD_FUZZ)
    foreach(src IN LISTS fuzz_cc)
      get_filename_component(fuzzer ${src} NAME_WE)
      add_executable(${fuzzer} ${src})
      target_link_libraries(${fuzzer} PRIVATE dyad_${name})
      target_link_options(${fuzzer} PRIVATE -fsanitize=fuzzer)
    endforeach()
  endif()
endfunction()
