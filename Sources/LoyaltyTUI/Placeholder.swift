/// Placeholder until the dashboard lands.
enum TUIPlaceholder {}
