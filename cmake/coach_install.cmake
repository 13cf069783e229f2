# Install rules and the package a consumer finds with find_package(coach CONFIG).
include(CMakePackageConfigHelpers)

set(COACH_INSTALL_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/coach)

install(TARGETS coach_sdk coach_engine EXPORT coach_targets
    LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT runtime
    ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT development
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)
# The plugin worker of isolating engines, where libcoach_engine looks for it (tools/coach-worker/).
install(TARGETS coach_worker RUNTIME DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/coach
    COMPONENT runtime)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/sdk/include/ ${PROJECT_SOURCE_DIR}/engine/include/
    DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT development)
# The JSON Schemas of protocol files (coach.protocol/1) and athlete records (coach.athlete/1), for
# editors and validators.
install(FILES ${PROJECT_SOURCE_DIR}/sdk/schema/protocol.schema.json
              ${PROJECT_SOURCE_DIR}/sdk/schema/athlete.schema.json
    DESTINATION ${CMAKE_INSTALL_DATADIR}/coach/schema COMPONENT development)
# The reference athletes every plugin must handle: `coach validate-plugin` plans for them.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/sdk/reference_athletes/
    DESTINATION ${CMAKE_INSTALL_DATADIR}/coach/reference-athletes COMPONENT development)
# The plugin template, to copy and build against this prefix (sdk/README.md walks through it).
# Only its sources: a build folder someone made inside examples/plugin-template stays behind.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/examples/plugin-template/
    DESTINATION ${CMAKE_INSTALL_DATADIR}/coach/plugin-template COMPONENT development
    FILES_MATCHING PATTERN "CMakeLists.txt" PATTERN "*.cpp" PATTERN "*.hpp" PATTERN "*.md"
    PATTERN "build*" EXCLUDE)
# The documentation, laid out as in the source tree so that its references hold:
# docs/X.md becomes <docdir>/docs/X.md, the plugin authoring guide <docdir>/sdk/README.md.
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/CHANGELOG.md
    DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT development)
install(FILES ${PROJECT_SOURCE_DIR}/docs/DATA.md ${PROJECT_SOURCE_DIR}/docs/DESIGN.md
    ${PROJECT_SOURCE_DIR}/docs/PHILOSOPHIES.md ${PROJECT_SOURCE_DIR}/docs/PERFORMANCE.md
    DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs COMPONENT development)
install(FILES ${PROJECT_SOURCE_DIR}/sdk/README.md
    DESTINATION ${CMAKE_INSTALL_DOCDIR}/sdk COMPONENT development)
install(FILES ${PROJECT_SOURCE_DIR}/plugins/protocol/README.md
    DESTINATION ${CMAKE_INSTALL_DOCDIR}/plugins/protocol COMPONENT development)
install(EXPORT coach_targets NAMESPACE coach:: DESTINATION ${COACH_INSTALL_CMAKEDIR}
    FILE coach-targets.cmake COMPONENT development)

configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/coach-config.cmake.in
    ${PROJECT_BINARY_DIR}/coach-config.cmake INSTALL_DESTINATION ${COACH_INSTALL_CMAKEDIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/coach-config-version.cmake
    COMPATIBILITY SameMajorVersion)
install(FILES
    ${PROJECT_BINARY_DIR}/coach-config.cmake
    ${PROJECT_BINARY_DIR}/coach-config-version.cmake
    ${PROJECT_SOURCE_DIR}/cmake/coach_add_plugin.cmake
    DESTINATION ${COACH_INSTALL_CMAKEDIR} COMPONENT development)
