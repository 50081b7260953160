/// A number of loyalty points. Always a whole number; never a floating-point value.
public typealias Points = Int64
