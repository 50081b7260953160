import Foundation
import LoyaltyCore
import LoyaltyStore
import LoyaltyText

/// Runs one command line and returns the exit status: 0 done, 1 refused or failed, 2 usage error.
@MainActor
func runLoyalty(_ arguments: [String]) -> Int32 {
    let root = CommandTree.root
    let words: Localizer
    let environment = ProcessInfo.processInfo.environment
    do {
        words = try OperatorLanguage.words(for: arguments, root: root, environment: environment)
    } catch {
        Console.complain(error.message)
        return 2
    }
    do {
        Console.showRightToLeft(try OperatorWriting.mode(language: words.language, option: EarlyOption.value(of: OperatorWriting.option, in: arguments, root: root),
                                                         environment: environment, words: words))
    } catch {
        Console.complain((error as? Failure)?.message ?? "\(error)")
        return 1
    }
    do {
        switch try ArgumentParser(root: root, words: words).parse(arguments) {
        case .run(let action, let invocation):
            try action(invocation)
        case .dashboard(let invocation):
            try DashboardCommand.open(invocation)
        case .help(let help):
            Console.out(help.text)
        case .version:
            Console.out("\(root.name) \(CommandTree.version)")
        }
        return 0
    } catch let error as UsageError {
        Console.complain(error.message)
        Console.error(error.usage)
        Console.error(words.text("Run '{command} --help' for its options and an example.", ["command": .text(error.command)]))
        return 2
    } catch let failure as Failure {
        if let message = failure.message { Console.complain(message) }
        return 1
    } catch let error as LoyaltyError {
        Console.complain(CommandHints.wording(error, words))
        return 1
    } catch let error as SQLiteError {
        Console.complain(CommandHints.wording(error, words))
        return 1
    } catch {
        Console.complain("\(error)")
        return 1
    }
}

if WebhookCommand.answeredAlone(Array(CommandLine.arguments.dropFirst())) { exit(0) }
exit(runLoyalty(Array(CommandLine.arguments.dropFirst())))
