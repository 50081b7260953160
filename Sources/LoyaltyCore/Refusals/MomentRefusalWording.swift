/// The English wording of refusals of the moment something happened.
extension MomentRefusal {
    public var sentence: Sentence {
        switch self {
        case .notAMoment(let text):
            return Sentence("\"{text}\" is not a date; write it like 2025-03-14, or with the time and its offset like 2025-03-14T09:30:00+01:00",
                            ["text": .text(text)])
        case .inTheFuture(let moment, let now):
            return Sentence("{moment} is in the future (it is now {now}); nothing can have happened more than 5 minutes from now",
                            ["moment": .moment(moment), "now": .moment(now)])
        }
    }
}
