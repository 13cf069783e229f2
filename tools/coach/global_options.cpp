#include "global_options.hpp"

#include "input_files.hpp"
#include "number_option.hpp"

namespace coach::cli {

void add_global_options(CLI::App& app, GlobalOptions& global) {
    app.add_option("--plugins", global.plugin_dirs,
                   "also load plugins from this folder, plugin file or *.protocol.json file "
                   "(repeatable)")
        ->allow_extra_args(false)
        ->check(path_given(
            "a folder, a plugin library or a *.protocol.json file"));  // --plugins DIR ATHLETE: the
                                                                       // record is not a second
                                                                       // folder
    app.add_option("--log-level", global.log_level, "trace, debug, info, warn, error or off")
        ->check(word_in({"trace", "debug", "info", "warn", "error", "off"}));
    app.add_flag("--allow-untrusted", global.allow_untrusted,
                 "load plugin files or folders that others may write or that others own");
    app.add_option("--trust", global.trust_file,
                   "load only plugins and protocol files whose SHA-256 is listed in this file (one "
                   "per line)")
        ->check(path_given("a file name"));
    auto* isolate = app.add_flag(
        "--isolate", global.isolate,
        "run every plugin in a worker process of its own, the bundled ones too: a plugin that "
        "crashes, hangs or exhausts memory fails alone instead of taking coach down");
    auto* in_process = app.add_flag("--in-process", global.in_process,
                                    "run every plugin in this process, those found outside the "
                                    "bundled folder too: faster, "
                                    "but a plugin that crashes takes coach down")
                           ->excludes(isolate);
    app.add_option("--plugin-timeout", global.plugin_timeout_s,
                   "a plugin call in a worker that takes longer fails (seconds, default 10)")
        ->check(number_in(0.001, 24 * 3600.0, "seconds"))
        ->excludes(in_process);
    app.add_option("--plugin-memory", global.plugin_memory_mb,
                   "memory each plugin worker may use (MB, default 1024; 0 for no limit)")
        ->check(number_in<std::size_t>(0, max_memory_mb, "MB"))
        ->excludes(in_process);
    app.add_option("--width", global.width,
                   "lay text out in this many columns (default: the terminal's width, else 80)")
        ->check(number_in<std::size_t>(min_text_width, max_text_width, "columns"));
}

}  // namespace coach::cli
