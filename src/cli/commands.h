#pragma once

#include <QStringList>

namespace Marquee::Cli {

// The exit codes of marquee-cli.
enum Exit { Done = 0, Failed = 1, Usage = 2, Partial = 3 };

// Runs marquee-cli with its arguments (without the program name) and returns the exit code.
int run(const QStringList &arguments);

} // namespace Marquee::Cli
