extension Sentence {
    /// `sentences` as one sentence: each after `prefix`, with `separator` between them. The layout
    /// holds no words of its own; each sentence is worded in the same language as the whole.
    public static func list(_ sentences: [Sentence], prefix: String = "", separator: String = "") -> Sentence {
        var template = "", values: [String: SentenceValue] = [:]
        for (index, sentence) in sentences.enumerated() {
            template += (index == 0 ? "" : separator) + prefix + "{\(index)}"
            values[String(index)] = .sentence(sentence)
        }
        return Sentence(template, values)
    }
}
