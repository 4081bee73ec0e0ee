import Foundation
import ParadigmKit

exit(CLI.run(Array(CommandLine.arguments.dropFirst()), io: .process))
