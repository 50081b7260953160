import CSQLite
enum StorePlaceholder {}
