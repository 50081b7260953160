/// Placeholder until the terminal layer lands.
enum TerminalPlaceholder {}
