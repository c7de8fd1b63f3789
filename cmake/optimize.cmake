# optimize.cmake - compiler-side speed of the Release build:
# td_optimize(LIB EXE) for tidings_core and the tidings program.
#
# Both apply to Release builds with gcc only; Debug and sanitizer builds get
# neither, and neither changes what the program computes.
#
# TD_LTO: LIB and EXE are compiled with -flto=auto and EXE is linked with it.
#   LIB's objects are fat (LTO bytecode and ordinary machine code), and the
#   unit-test programs that link LIB are linked with TD_TEST_LINK_OPTIONS
#   (-fno-lto): they use the machine code and do not each pay for a
#   link-time optimisation.
# TD_PGO: a custom command builds an instrumented tidings in <build>/pgo/gen
#   (a nested configure with TD_PGO_GENERATE), runs scripts/pgo-train.sh with
#   it, which writes the profile (.gcda files) to <build>/pgo/data, then LIB
#   and EXE are compiled with -fprofile-use. Any change to a source, header,
#   the embedded model, table of bodies or web page, or the training script and its inputs
#   re-runs all of it, and every object of LIB and EXE is compiled again. The
#   profile lives only in the build tree. -fprofile-partial-training keeps
#   code the training never ran optimised as usual rather than for size.

set(TD_OPT_ACTIVE OFF)
if(CMAKE_BUILD_TYPE STREQUAL "Release" AND NOT TD_SANITIZE
   AND CMAKE_C_COMPILER_ID STREQUAL "GNU")
  set(TD_OPT_ACTIVE ON)
endif()
set(TD_TEST_LINK_OPTIONS "")
if(TD_OPT_ACTIVE AND TD_LTO)
  set(TD_TEST_LINK_OPTIONS -fno-lto)
endif()

# Instrumented objects that count with atomic updates: ingest's analysis runs
# in a second thread, and plain counter updates from two threads lose counts.
function(td_pgo_generate lib exe)
  set(flags -fprofile-generate=${TD_PGO_GENERATE} -fprofile-update=atomic
      -fprofile-prefix-path=${CMAKE_BINARY_DIR})
  target_compile_options(${lib} PRIVATE ${flags})
  target_compile_options(${exe} PRIVATE ${flags})
  target_link_options(${exe} PRIVATE -fprofile-generate=${TD_PGO_GENERATE})
endfunction()

# The rule that records the profile, and LIB and EXE compiled with it.
function(td_pgo_use lib exe)
  set(dir ${CMAKE_BINARY_DIR}/pgo)
  set(stamp ${dir}/profile.stamp)
  file(GLOB_RECURSE deps CONFIGURE_DEPENDS
       ${CMAKE_SOURCE_DIR}/src/*.c ${CMAKE_SOURCE_DIR}/src/*.cc ${CMAKE_SOURCE_DIR}/src/*.h
       ${CMAKE_SOURCE_DIR}/include/*.h ${CMAKE_SOURCE_DIR}/cli/*.c ${CMAKE_SOURCE_DIR}/cli/*.h
       ${CMAKE_SOURCE_DIR}/server/*.c ${CMAKE_SOURCE_DIR}/server/*.h ${CMAKE_SOURCE_DIR}/web/*)
  cmake_host_system_information(RESULT jobs QUERY NUMBER_OF_LOGICAL_CORES)
  # The nested build runs its own make: MAKEFLAGS from the outer one would tie
  # it to a job server it cannot reach.
  add_custom_command(OUTPUT ${stamp}
    COMMAND ${CMAKE_COMMAND} -E rm -rf ${dir}/data
    COMMAND ${CMAKE_COMMAND} -S ${CMAKE_SOURCE_DIR} -B ${dir}/gen
            -G ${CMAKE_GENERATOR} -DCMAKE_BUILD_TYPE=Release
            -DCMAKE_C_COMPILER=${CMAKE_C_COMPILER} -DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}
            -DCMAKE_C_FLAGS=${CMAKE_C_FLAGS} -DCMAKE_CXX_FLAGS=${CMAKE_CXX_FLAGS}
            -DCMAKE_C_FLAGS_RELEASE=${CMAKE_C_FLAGS_RELEASE}
            -DCMAKE_CXX_FLAGS_RELEASE=${CMAKE_CXX_FLAGS_RELEASE}
            -DTD_LTO=OFF -DTD_PGO=OFF -DTD_WERROR=OFF -DTD_PGO_GENERATE=${dir}/data
    COMMAND ${CMAKE_COMMAND} -E env --unset=MAKEFLAGS --unset=MFLAGS --unset=MAKELEVEL
            ${CMAKE_COMMAND} --build ${dir}/gen --target tidings -j ${jobs}
    COMMAND bash ${CMAKE_SOURCE_DIR}/scripts/pgo-train.sh ${dir}/gen/tidings ${CMAKE_SOURCE_DIR}
    COMMAND ${CMAKE_COMMAND} -E touch ${stamp}
    DEPENDS ${deps} ${CMAKE_SOURCE_DIR}/data/models/events.model
            ${CMAKE_SOURCE_DIR}/data/orgs/bodies.tsv
            ${CMAKE_SOURCE_DIR}/scripts/pgo-train.sh ${CMAKE_SOURCE_DIR}/bench/gen_stream.py
            ${CMAKE_SOURCE_DIR}/data/sample/news.jsonl ${CMAKE_SOURCE_DIR}/cmake/optimize.cmake
            ${CMAKE_SOURCE_DIR}/CMakeLists.txt
    COMMENT "PGO: building an instrumented tidings and recording its profile (TD_PGO=OFF skips)"
    VERBATIM)
  add_custom_target(td_pgo_profile DEPENDS ${stamp})
  add_dependencies(${lib} td_pgo_profile)
  add_dependencies(${exe} td_pgo_profile)
  set(flags -fprofile-use=${dir}/data -fprofile-partial-training
      -fprofile-prefix-path=${CMAKE_BINARY_DIR})
  # With the profile, gcc 12 specialises xxhash.h's (XXH_INLINE_ALL) streaming
  # update for dedup.c's 1- and 2-byte constant inputs and then warns about its
  # 256-byte-block path, which such inputs never reach (false positives,
  # -Warray-bounds and -Wstringop-overread in /usr/include/xxhash.h).
  set_property(SOURCE ${CMAKE_SOURCE_DIR}/src/dedup/dedup.c APPEND PROPERTY
               COMPILE_OPTIONS -Wno-array-bounds -Wno-stringop-overread)
  foreach(target ${lib} ${exe})
    target_compile_options(${target} PRIVATE ${flags})
    get_target_property(srcs ${target} SOURCES)
    set_property(SOURCE ${srcs} APPEND PROPERTY OBJECT_DEPENDS ${stamp})
  endforeach()
endfunction()

function(td_optimize lib exe)
  if(TD_PGO_GENERATE)
    td_pgo_generate(${lib} ${exe})
    return()
  endif()
  if(NOT TD_OPT_ACTIVE)
    return()
  endif()
  if(TD_LTO)
    target_compile_options(${lib} PRIVATE -flto=auto -ffat-lto-objects)
    target_compile_options(${exe} PRIVATE -flto=auto)
    target_link_options(${exe} PRIVATE -flto=auto)
    if(TD_PGO)
      # The link-time pass meets dedup.c's false positives again (see
      # td_pgo_use); every object was already checked for both warnings
      # when it was compiled, fat objects being fully compiled.
      target_link_options(${exe} PRIVATE -Wno-array-bounds -Wno-stringop-overread)
    endif()
  endif()
  if(TD_PGO)
    td_pgo_use(${lib} ${exe})
  endif()
endfunction()
