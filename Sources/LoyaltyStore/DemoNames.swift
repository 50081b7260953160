/// Names for demo members, with an ASCII form for their e-mail addresses. Several scripts and
/// wide characters on purpose, so the dashboard is always seen with Zoë, נועה and 山田 in it.
enum DemoNames {
    static let first: [(display: String, ascii: String)] = [
        ("Zoë", "zoe"), ("Anna", "anna"), ("Jürgen", "jurgen"), ("Siobhán", "siobhan"), ("Lars", "lars"), ("Fatima", "fatima"),
        ("Mohammed", "mohammed"), ("Yuki", "yuki"), ("Sofia", "sofia"), ("Lucas", "lucas"), ("Emma", "emma"), ("Noah", "noah"),
        ("Olivia", "olivia"), ("Liam", "liam"), ("Mila", "mila"), ("Daan", "daan"), ("Sem", "sem"), ("Julia", "julia"),
        ("Mateo", "mateo"), ("Chloé", "chloe"), ("Björn", "bjorn"), ("Ingrid", "ingrid"), ("Priya", "priya"), ("Arjun", "arjun"),
        ("Wei", "wei"), ("Mei", "mei"), ("Kofi", "kofi"), ("Amara", "amara"), ("נועה", "noa"), ("דוד", "david"),
        ("Łukasz", "lukasz"), ("Zsófia", "zsofia"), ("Aoife", "aoife"), ("Hana", "hana"), ("Omar", "omar"), ("Elif", "elif"),
    ]
    static let last: [(display: String, ascii: String)] = [
        ("Jansen", "jansen"), ("de Vries", "devries"), ("Bakker", "bakker"), ("Müller", "muller"), ("García", "garcia"),
        ("Smith", "smith"), ("Nguyen", "nguyen"), ("山田", "yamada"), ("佐藤", "sato"), ("Kowalski", "kowalski"),
        ("O'Brien", "obrien"), ("Rossi", "rossi"), ("כהן", "cohen"), ("Dubois", "dubois"), ("Andersson", "andersson"),
        ("Novák", "novak"), ("Yılmaz", "yilmaz"), ("Okafor", "okafor"), ("Silva", "silva"), ("Visser", "visser"),
        ("Papadopoulos", "papadopoulos"), ("Kim", "kim"), ("Singh", "singh"), ("Hansen", "hansen"),
    ]
}
