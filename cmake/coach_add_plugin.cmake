# coach_add_plugin(NAME <target> SOURCES <files...> [OUTPUT_DIRECTORY <dir>] [NO_INSTALL]
#                  [EXPORT_VISIBLE])
#
# Builds a philosophy plugin as a MODULE library the coach engine can load: C++20, hidden
# visibility, every symbol resolved at link time (-z defs) and no "lib" prefix, so the file is
# <target>.so. A linker version script exports the two COACH_PLUGIN entry points and nothing
# else: hidden visibility alone still exports what a library's headers declare visible, such as
# Boost.System's error categories or libstdc++'s template instances, and other code in the host
# could bind to those. EXPORT_VISIBLE leaves the script out (for tests of `coach validate-plugin`,
# which must see a plugin that exports more).
function(coach_add_plugin)
    cmake_parse_arguments(PARSE_ARGV 0 arg "NO_INSTALL;EXPORT_VISIBLE" "NAME;OUTPUT_DIRECTORY"
                          "SOURCES")
    if(NOT arg_NAME OR NOT arg_SOURCES)
        message(FATAL_ERROR "coach_add_plugin: NAME and SOURCES are required")
    endif()
    add_library(${arg_NAME} MODULE ${arg_SOURCES})
    if(TARGET coach::sdk)
        target_link_libraries(${arg_NAME} PRIVATE coach::sdk)
    else()
        target_link_libraries(${arg_NAME} PRIVATE coach_sdk)
    endif()
    target_compile_features(${arg_NAME} PRIVATE cxx_std_20)
    set_target_properties(${arg_NAME} PROPERTIES
        PREFIX ""
        CXX_VISIBILITY_PRESET hidden
        VISIBILITY_INLINES_HIDDEN ON)
    target_link_options(${arg_NAME} PRIVATE LINKER:-z,defs)
    if(NOT arg_EXPORT_VISIBLE)
        set(export_map ${CMAKE_CURRENT_BINARY_DIR}/${arg_NAME}.exports.map)
        file(WRITE ${export_map} "{\n  global: coach_abi_descriptor; coach_create;\n  local: *;\n};\n")
        target_link_options(${arg_NAME} PRIVATE LINKER:--version-script=${export_map})
        set_property(TARGET ${arg_NAME} APPEND PROPERTY LINK_DEPENDS ${export_map})
    endif()
    if(arg_OUTPUT_DIRECTORY)
        set_target_properties(${arg_NAME} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${arg_OUTPUT_DIRECTORY})
    elseif(DEFINED COACH_BUILD_PLUGIN_DIR)
        set_target_properties(${arg_NAME} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${COACH_BUILD_PLUGIN_DIR})
    endif()
    if(NOT arg_NO_INSTALL AND DEFINED COACH_PLUGIN_SUBDIR AND PROJECT_NAME STREQUAL "coach")
        install(TARGETS ${arg_NAME} LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/${COACH_PLUGIN_SUBDIR}
                COMPONENT plugins)
    endif()
endfunction()
