# coach_add_plugin(NAME <target> SOURCES <files...> [OUTPUT_DIRECTORY <dir>] [NO_INSTALL])
#
# Builds a philosophy plugin as a MODULE library the coach engine can load: C++20, hidden
# visibility (only the COACH_PLUGIN entry points are exported), every symbol resolved at link
# time (-z defs) and no "lib" prefix, so the file is <target>.so.
function(coach_add_plugin)
    cmake_parse_arguments(PARSE_ARGV 0 arg "NO_INSTALL" "NAME;OUTPUT_DIRECTORY" "SOURCES")
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
