//! Allow rules: phrasing mapped to the 19 intents, in priority order (the first
//! intent whose rule matches wins). Run on the flat view only, never on the leet
//! view, and only after every block rule has passed.

use super::matcher::{Matcher, Sink};
use super::rules::expand;
use ipc::Intent::{self, *};

/// Question words and request verbs shared by several rules.
const VOCAB: &[(&str, &str)] = &[
    (
        "LANGS",
        r"english|french|spanish|german|italian|portuguese|dutch|polish|russian|chinese|mandarin|cantonese|japanese|korean|turkish|arabic|hindi|greek|swedish|norwegian|danish|finnish|czech|hungarian|romanian|ukrainian|hebrew|vietnamese|thai|indonesian|malay|latin|persian|farsi|urdu|bengali|swahili|tagalog|catalan|croatian|serbian|bulgarian|slovak|irish|welsh",
    ),
    (
        "CODEWORDS",
        r"python|javascript|typescript|node(?:\.js|js)?|react|vue|angular|svelte|rust|golang|go code|java|kotlin|swift|c\+\+|c#|\.net|ruby|rails|php|laravel|perl|scala|haskell|elixir|clojure|lua|dart|flutter|sql|postgres(?:ql)?|mysql|sqlite|mongodb|redis|html|css|tailwind|bootstrap|json|yaml|regex|regular expression|api|rest api|graphql|docker(?:file)?|kubernetes|k8s|terraform|ansible|git|github|gitlab|bash|shell script|zsh|powershell|linux|unix|ubuntu|nginx|apache|django|flask|fastapi|spring(?: boot)?|express|next\.js|pandas|numpy|pytorch|tensorflow|excel formula|vba|google sheets|matlab|latex|webpack|vite|npm|pip|cargo|cmake|makefile|compiler|function|variable|loop|array|class|method|algorithm|data structure|linked list|binary search|recursion|unit test|bug|stack trace|traceback|segfault|exception|endpoint|database|query|script|code|program|app|website|frontend|backend|server|discord\.py|bot|cli|command line|terminal|vim|emacs|vs ?code|ide|repo|commit|branch|merge|pull request|dependency|dependencies|library|framework|package|module|component|props|state|hook|async|await|thread|process|cron|ssh|dns|http|tcp|websocket|oauth|jwt|csv|xml|spreadsheet",
    ),
    (
        "IMPER",
        r"enter|type|insert|supply|return|output|fill|analy[sz]e|answer|arrange|assess|brainstorm|calculate|categori[sz]e|check|choose|classify|come up with|compare|complete|compose|condense|construct|convert|correct|count|craft|create|critique|decide|define|describe|design|detect|determine|develop|discuss|draft|draw|edit|estimate|evaluate|expand|explain|extract|fill in|find|fix|format|generate|give|guess|help|identify|imagine|improve|infer|interpret|introduce|invent|label|list|make|match|name|organi[sz]e|outline|paraphrase|pick|plan|predict|prepare|present|produce|proofread|propose|provide|rank|rate|recommend|reply|respond|restate|review|rewrite|rephrase|say|score|select|share|shorten|show|simplify|simulate|sort|specify|split|state|suggest|summari[sz]e|tell|think of|think about|transform|translate|turn|use|verify|write|offer|put|add|remove|replace|break down|combine|merge|measure|grade|read|look at|take|teach|walk me through|clarify|elaborate|illustrate|demonstrate|recap|update|personali[sz]e|reformat|order|group|build|implement|code|solve|prove|compute|convince|persuade|argue|defend|justify|pretend|act|imagine|consider|assume|play|role-?play|let'?s|let us|design|schedule|remind|book|search|look up|check out|summarize|highlight|annotate|tag|mark|sum up|tidy|clean up|reorganize|restructure|document|comment|refactor|optimi[sz]e|debug|test|deploy|configure|install|set up|setup|create|transcribe|compile|resolve|upload|back up|sync|copy|move|rename|tabulate|enumerate|reword|conjugate|spell|quiz me|zip|zip up|unzip|compress|archive|save|send|email|forward|print|export|import|attach",
    ),
];

/// (intent, pattern) in priority order.
const TABLE: &[(Intent, &str)] = &[
    // Greetings and acknowledgements only when that is (nearly) all the text is.
    (
        ConversationalGreeting,
        r"^(?:(?:hi|hello|hey|heya|hiya|yo|howdy|greetings|sup|good (?:morning|afternoon|evening|day)|what'?s up|whats up|hallo|moin|servus|bonjour|bonsoir|salut|coucou|hola|buenos dias|buenas(?: tardes| noches)?|ciao|buongiorno|buonasera|ola|oi|bom dia|boa tarde|hoi|dag|goedemorgen|czesc|dzien dobry|merhaba|selam|namaste|привет|здравствуй(?:те)?|добрый (?:день|вечер)|доброе утро|你好|您好|大家好|早上好|こんにちは|おはよう(?:ございます)?|こんばんは|안녕(?:하세요)?|مرحبا|السلام عليكم|اهلا|أهلا)\b[^a-z]{0,4}(?:there|everyone|all|friend|buddy|mate|assistant|bot|again)?[ !.,:)(]*(?:[a-z' ,.!?:)(-]{0,80})?)$",
    ),
    (
        ConversationalAcknowledgement,
        r"^(?:(?:lol|haha|hehe|ah|oh|well|ok|okay|great|cool|nice|awesome|perfect|wow|yay)[ ,!.]+)*(?:thanks|thank you|thank u|thx|ty|tysm|cheers|ok|okay|k|got it|great|perfect|cool|nice|awesome|understood|sounds good|makes sense|alright|all right|noted|fine|good|wonderful|excellent|brilliant|lovely|amazing|appreciate it|much appreciated|that helps|that helped|that works|that's (?:great|perfect|helpful|all)|no worries|yes|yep|yeah|no|nope|sure|danke|vielen dank|merci|gracias|grazie|obrigad[oa]|dank je|bedankt|dziekuje|спасибо|благодарю|谢谢|謝謝|ありがとう(?:ございます)?|감사합니다|고마워|tesekkurler|tesekkur ederim|شكرا)\b[ !.,:)(]*(?:[a-z' ,.!?:)(-]{0,25})?$",
    ),
    // Translation.
    (
        TaskTranslation,
        r"\btranslat(?:e|ed|ion|ing)\b|\bhow (?:do you|would you|do i|to) say\b|\bwhat (?:does|is) [^?]{1,60} (?:mean )?in (?:{LANGS})\b|\b(?:in|into|to) (?:{LANGS})(?: pls| please)?[ :]|\btraduis|\btraduire|\btraduce|\btraducir|\btraduci|\btradurre|\btraduza|\btraduzir|\bubersetze|\bubersetz|\bvertaal|\bprzetlumacz|переведи|перевод|翻译|翻譯|翻訳|번역|\bcevir|ترجم",
    ),
    // Summarisation.
    (
        TaskTextSummarisation,
        r"\bsummar(?:y|ies|ise|ize|ising|izing|ised|ized)\b|\btl;?dr\b|\bsum (?:it |this |that )?up\b|\bcondense\b|\b(?:key|main) (?:points|takeaways|ideas|arguments)\b|\brecap\b|\bgist\b|\bin (?:\d+|one|two|three|four|five) (?:sentences?|lines?|bullets?|bullet points|words)\b|\bzusammenfass|\bresume[rz]?\b|\bresumen\b|\bresumir\b|\briassum|\bsamenvat|\bpodsumuj|\bpodsumowanie|кратко|резюм|总结|總結|概括|摘要|要約|まとめ|요약|\bozetle|لخص|تلخيص",
    ),
    // Rewriting.
    (
        TaskRewriting,
        r"\b(?:rewrite|re-write|rephrase|paraphrase|reword|proofread|proof-read|copy-?edit|polish|tighten|simplify|shorten|reformulate|restructure|redraft)\b|\bedit (?:this|the|my|following)\b|\b(?:correct|fix|check) (?:the |my |any |this )?(?:grammar|grammatical|spelling|punctuation|typos|errors|mistakes|wording)\b|\bmake (?:this|it|that|the [a-z]+|my [a-z]+) (?:more|less|sound|punchier|shorter|longer|clearer|simpler|formal|casual|professional|friendlier|concise|polite|engaging|persuasive|better)\b|\b(?:improve|enhance) (?:this|my|the) (?:text|email|essay|paragraph|sentence|writing|wording|copy|letter|draft|bio|resume|cv|post|message)\b|\b(?:title|sentence|upper|lower) case\b|\bcapitali[sz]e\b|\b(?:change|adjust) the tone\b|\bin (?:a )?more (?:formal|professional|casual|friendly|polite)\b|\bumschreiben|\bumformulier|\breformul|\breescrib|\briscriv|\breescrev|\bherschrijf|\bprzepisz|перепиши|перефразируй|改写|改寫|润色|書き直|言い換え|다시 써|\byeniden yaz",
    ),
    // Code explanation / debugging.
    (
        TaskCodeExplanation,
        r"\b(?:explain|walk me through|what does|what do|how does|describe|comment|document|review|why (?:does|is|do|am|isn'?t|doesn'?t))\b[^?.]{0,40}\b(?:this|the following|my|these|that|the) (?:code|function|script|regex|regular expression|query|snippet|program|class|method|line|lines|command|error|stack ?trace|traceback|output|loop|algorithm|sql|component|test)\b|\b(?:debug|fix|find the bug|what'?s wrong with|why (?:doesn'?t|won'?t|isn'?t)) (?:this|my|the)\b[^.]{0,40}\b(?:code|function|script|program|query|loop|component|test|build|app)\b|\b(?:error|exception|traceback|segfault|stack trace|compile error|syntax error|typeerror|valueerror|nullpointer|undefined is not)\b|```",
    ),
    // Code generation (and coding questions in general).
    (
        TaskCodeGeneration,
        r"\b(?:write|create|implement|generate|build|code|make|give me|show me|draft|develop|design)\b[^.]{0,40}\b(?:function|script|program|class|method|api|endpoint|query|regex|regular expression|dockerfile|component|app|application|bot|cli|module|unit tests?|tests|sql|bash|shell script|makefile|yaml|config|snippet|algorithm|website|web page|webpage|landing page|plugin|extension|macro|formula|schema|migration)\b|\bin (?:python|javascript|typescript|rust|go|golang|java|c\+\+|c#|c|ruby|php|sql|bash|kotlin|swift|haskell|scala|r|lua|perl|dart|elixir|julia|matlab|powershell)\b|\b(?:{CODEWORDS})\b",
    ),
    // Maths.
    (
        TaskMath,
        r"\b(?:solve|calculate|compute|integrate|integral|derivative|differentiate|equation|equations|factori[sz]e|simplify the expression|square root|cube root|percent(?:age)?|probability|prime|primes|arithmetic|algebra|geometry|calculus|theorem|prove that|proof|fraction|decimal|logarithm|log base|exponent|modulo|gcd|lcm|matrix|matrices|vector|polynomial|sum of|product of|average of|mean of|median|variance|standard deviation|area of|volume of|perimeter|circumference|hypotenuse|convert|conversion|celsius|fahrenheit|kelvin|how much is|how many (?:\w+ )?(?:in|are in)|dx|dy|limit of|series|sequence)\b|\d+(?:\.\d+)? ?(?:(?:[-+*/^x=]|×|÷)|plus|minus|times|divided by) ?\d|°[fc]\b|\d+(?:\.\d+)? ?%|\d+(?:\.\d+)? ?%|\b\d+ ?(?:km|mi|miles|kg|lbs?|pounds|feet|ft|meters?|metres?|cm|inches|oz|ounces|grams|liters|litres|gallons|mph|kph)\b|\brechne|\bcalcul|\bcalcola|\bberekenen|\boblicz|вычисли|посчитай|реши|计算|計算|解方程|계산|\bhesapla|احسب",
    ),
    // Data extraction and classification of given text.
    (
        TaskDataExtraction,
        r"\b(?:extract|pull out|pick out|parse|scrape|tabulate|classify|categori[sz]e|label|tag|detect|identify|find|list|count|determine)\b[^.]{0,60}\b(?:from|in) (?:the |this |these |that |my |a |an )?(?:following|given|text|passage|paragraph|document|article|email|table|list|sentence|review|tweet|data|input|below|above|report|transcript|page|csv|json|log|message|story|conversation)\b|\b(?:the )?(?:given|following|provided|below) (?:text|passage|paragraph|sentence|table|list|email|article|document|review|tweet|data|input|word|words|phrase|sentences|examples?|statements?|items?|information|description|conversation|code|question|product|paper|citation)\b|\byou are (?:given|provided)\b|\b(?:the|a|an|each|every) given\b|\b(?:the|a|an|each|every) given\b|\bsentiment\b|\bnamed entities\b",
    ),
    // Structured output.
    (
        StructuredOutput,
        r"\b(?:json|csv|yaml|xml|toml|markdown table|table|spreadsheet|bullet(?:ed)? (?:list|points)|numbered list|checklist|outline|template|schema|form|chart|diagram|timeline|matrix|flowchart|key-value|columns?|rows?)\b",
    ),
    // Recommendations.
    (
        Recommendation,
        r"\b(?:recommend|recommendation|recommendations|suggest|suggestion|suggestions)\b|\bwhat (?:should|would|could) i (?:get|buy|read|watch|choose|use|name|cook|make|wear|visit|play|listen to|pick|order|try)\b|\bwhich (?:\w+ )?(?:should|would) (?:i|you)\b|\b(?:any|some|good) (?:ideas|tips|recommendations|suggestions|options)\b|\bideas for\b|\b(?:a |good )?names? for\b|\bgift (?:for|ideas)\b|\bbest (?:\w+ ){0,3}(?:for|to)\b|\bempfiehl|\bempfehl|\brecommand|\bconseill|\brecomiend|\brecomend|\bconsiglia|\baanbevel|\bpolec|посоветуй|порекомендуй|рекоменд|推荐|推薦|おすすめ|オススメ|추천|\boner|اقترح|انصح",
    ),
    // Controlled creative writing.
    (
        ControlledCreative,
        r"\b(?:poem|poems|poetry|story|stories|haiku|limerick|song|songs|lyrics|joke|jokes|riddle|riddles|monologue|dialogue|screenplay|fairy ?tale|fable|short story|villain|plot|scene|rap|sonnet|ode|slogan|tagline|pun|puns|fiction|fictional|novel|chapter|campaign|d&d|dungeons|dnd|character|characters|bedtime|narrative|verse|rhyme|rhyming|metaphor|creative|imaginative|fantasy|sci-fi|science fiction|mystery|adventure|myth|legend|parody|satire|comic|cartoon|dialog)\b|\bgedicht|\bgeschichte|\bpoeme|\bhistoire|\bpoema|\bcuento|\bhistoria|\bpoesia|\bstoria|\bverhaal|\bwiersz|\bopowiadanie|стих|рассказ|сказк|诗|詩|故事|物語|시를|이야기|\bsiir|\bhikaye|قصيدة|قصة",
    ),
    // General writing tasks.
    (
        TaskWriting,
        r"\b(?:write|draft|compose|create|prepare|craft|produce|generate|come up with|put together|help me (?:write|with|draft|plan|make|prepare|create|come up))\b|\b(?:essay|email|e-mail|letter|cover letter|report|article|blog|post|speech|toast|bio|biography|resume|cv|description|caption|headline|ad copy|advert|announcement|invitation|memo|proposal|agenda|itinerary|schedule|plan|review|message|note|tweet|newsletter|quiz|lesson plan|recipe|workout|menu|shopping list|guide|tutorial|faq|press release|pitch|thank-you note|eulogy|obituary|vows|reply)\b|\bschreib|\berstell|\bverfass|\becri[st]|\bredige|\bescrib|\bredact|\bscriv|\bescrev|\bschrijf|\bnapisz|напиши|напишите|составь|写一|寫一|帮我写|書いて|作成|써 ?줘|작성|\byaz\b|\byazar misin|اكتب",
    ),
    // Comparisons.
    (
        QuestionComparative,
        r"\b(?:differences?|distinction) between\b|\bcompare\b|\bcomparison\b|\bcomparing\b|\bvs\.?\b|\bversus\b|\b(?:better|worse|faster|slower|cheaper|bigger|smaller|healthier|safer|easier|harder) than\b|\bwhich is (?:better|best|faster|cheaper|larger|bigger|more|less|healthier|safer|easier)\b|\bpros and cons\b|\bsimilarities\b|\bcontrast\b|\bunterschied|\bdifference entre|\bdiferencia|\bdifferenza|\bdiferenca|\bverschil|\broznica|разниц|отлича|区别|區別|差别|違い|차이|\bfark\b|الفرق",
    ),
    // Causal / explanatory questions.
    (
        QuestionCausal,
        r"\bwhy\b|\bhow come\b|\bwhat (?:causes|caused|makes|made|happens|happened|leads|led)\b|\breasons? (?:for|why|behind)\b|\bcauses? of\b|\bhow (?:does|do|did|is|are|was|were|can|could|would|will)\b|\bexplain\b|\bexplanation\b|\bdescribe\b|\bin simple terms\b|\beli5\b|\bwarum|\bwieso|\bweshalb|\bpourquoi|\bpor ?que\b|\bporque\b|\bperche\b|\bwaarom|\bdlaczego|\bczemu|почему|зачем|объясни|为什么|為什麼|为何|なぜ|どうして|説明して|왜|설명|\bneden\b|\bnicin|لماذا|اشرح",
    ),
    // Advice.
    (
        QuestionAdvice,
        r"^(?:i'?m|i am|i feel|i'?ve been|i have been|feeling) (?:so |really |very |a bit |a little |kind of |quite |super |pretty )?(?:nervous|anxious|worried|stressed|scared|afraid|overwhelmed|stuck|confused|struggling|unsure|lost|bored|exhausted|lonely|homesick|frustrated)\b|\b(?:keeps?|kept) (?:dropping|crashing|freezing|failing|disconnecting|restarting|rebooting|beeping|leaking|lagging|buffering)\b|\bshould i\b|\bhow (?:can|do|should|could|would) i\b|\badvice\b|\btips\b|\bhelp me\b|\bwhat (?:can|should|could) i do\b|\bis it (?:ok|okay|safe|wise|a good idea|normal|bad|worth)\b|\bi need help\b|\bhow to\b|\bwhat'?s the best way\b|\bany (?:tips|advice|suggestions)\b|\bwie kann ich|\bsoll ich|\bcomment (?:puis|faire|je)|\best-ce que je dois|\bcomo (?:puedo|hago|se|posso|faco)|\bdebo\b|\bcome (?:posso|faccio|si)|\bdovrei\b|\bhoe kan ik|\bmoet ik|\bjak (?:moge|mam|sie)|\bczy powinienem|как (?:мне|я могу|можно|лучше)|стоит ли|怎么|怎樣|如何|应该|應該|どうすれば|どうしたら|べき|어떻게|해야|\bnasil\b|\bmeli miyim|كيف|هل يجب",
    ),
    // Questions about the assistant itself (asking how it works, not for its instructions).
    (
        SystemMetaQuery,
        r"\b(?:are|r) (?:you|u) (?:able|a bot|an ai|a human|human|real|chatgpt|gpt|conscious|sentient|free|online|there|allowed|capable)\b|\bcan (?:you|u) (?:help|do|speak|see|remember|browse|read|understand|write|code|access|handle)\b|\bwhat can (?:you|u) do\b|\bwho (?:made|created|built|trained|developed|owns) (?:you|u)\b|\bwhat (?:are|r) (?:you|u)\b|\byour (?:capabilities|limitations|name|knowledge cutoff|training data|purpose)\b|\bwhat model\b|\bhow do you work\b|\bsystem prompt\b|\bwho are you\b|\bwhat is your name\b",
    ),
    // Tool use by an agent.
    (
        AgenticToolUse,
        r"\b(?:search|look up|browse|google|check) (?:the web|online|the internet|for)\b|\bsend (?:an? |the )?(?:email|message|text|invite|reminder)\b|\bschedule (?:a|an|the|my)\b|\bbook (?:a|an|the|me)\b|\bset (?:a|an|up a) (?:reminder|alarm|timer|meeting)\b|\badd (?:an? )?(?:event|meeting|task|reminder|item)\b|\bcreate (?:a |an )?(?:calendar event|event|ticket|issue|task|folder|file)\b|\bopen (?:the |this |my )?(?:file|url|link|page|app)\b|\brun (?:the|this|my) (?:tests|script|query|command|build)\b|\buse (?:the|your) (?:\w+ )?tool\b|\bfetch\b|\bdownload\b|\bremind me\b|\bcall the api\b|\bplace an order\b",
    ),
    // Factual questions: question words, many languages; any question mark.
    (
        QuestionFactual,
        r"^(?:what|whats|what's|who|whom|whose|when|where|which|how|is|are|was|were|do|does|did|can|could|would|will|has|have|had|should|may|might|name|tell me|define|list)\b|\b(?:what|who|when|where|which|how (?:many|much|tall|long|far|old|big|fast|often|deep|high|heavy|large|hot|cold))\b|\btell me about\b|\bmeaning of\b|\bdefinition of\b|\bdefine\b|\bfacts? about\b|\?|？|^(?:was|wer|wann|wo|welche|welcher|welches|wie|wieviel|gibt es|ist|sind|qu'est-ce|que|quel|quelle|quels|quelles|quand|ou|combien|qui|est-ce|quien|quienes|cuando|donde|cual|cuales|cuanto|cuantos|que|chi|quando|dove|quale|quali|quanto|cosa|o que|quem|onde|qual|quantos|wat|wie|wanneer|waar|welke|hoeveel|co|kto|kiedy|gdzie|ile|czy|jaki|jaka)\b|^(?:что|кто|когда|где|какой|какая|какие|сколько|как|чем|ли)|(?:什么|甚麼|谁|誰|哪|几|幾|多少|吗|嗎|呢|何|いつ|どこ|どの|ですか|ますか|무엇|누구|언제|어디|몇|나요|까요|니까|입니까)|\b(?:ne|kim|nerede|ne zaman|kac|hangi)\b|(?:^| )(?:ما|من|متى|أين|اين|كم|هل|ماذا)",
    ),
    // Anything phrased as a request or instruction.
    (
        TaskWriting,
        r"\byou (?:will |would |may )?(?:need|have) to\b|\byour (?:task|job|goal|assignment) (?:is|will be)\b|\b(?:should|must|needs to|need to|has to|have to|is to|are to) be (?:compiled|written|created|generated|listed|provided|made|prepared|drafted|produced|rewritten|translated|summari[sz]ed|converted|formatted|sorted|classified|answered|solved|calculated|completed|filled|corrected|edited|determined|identified|explained|described)\b|:\s*$|\b(?:based on|given that|according to) (?:the|these|this|those|a|an)\b|\b(?:true|false),? (?:or|and) (?:false|true|uncertain)\b",
    ),
    (
        TaskWriting,
        r"(?:^|[.!?:;,\n] ?)(?:please |pls |plz |kindly |now |then |also |and |so |ok |okay )?(?:{IMPER})\b|\b(?:can|could|would|will) (?:you|u) (?:please )?(?:{IMPER})\b|\b(?:i need|i want|i'd like|i would like|i'm looking for|i am looking for|looking for|i have to|i must|we need|help)\b|\bplease\b|\bbitte\b|\bs'il (?:te|vous) plait\b|\bpor favor\b|\bper favore\b|\balsjeblieft\b|\bprosze\b|пожалуйста|请|請|ください|下さい|教えて|知りたい|주세요|알려 ?줘|해 ?줘|보여 ?줘|줄래|\blutfen\b|من فضلك|^(?:dimmi|dime|dis-moi|dites-moi|sag mir|sagen sie mir|me diga|diga-me|vertel me|powiedz mi|gib|gebe|zeig|nenne|liste|erklare|beschreibe|hilf|mach|schick|schicke|sende|leite|speichere|envoie|envoyez|enregistre|envia|manda|guarda|invia|salva|envie|stuur|wyslij|отправь|сохрани|donne|montre|explique|decris|aide|fais|liste|da|dame|muestra|explica|describe|ayuda|haz|lista|analiza|analice|revisa|evalua|dammi|analizza|valuta|controlla|analysiere|analysieren sie|bewerte|prufe|analyse|analysez|evalue|analise|avalie|analyseer|przeanalizuj|ocen|проанализируй|оцени|分析|評価して|분석해|mostra|spiega|descrivi|aiuta|fai|elenca|de|mostre|explique|descreva|ajude|faca|liste|geef|toon|leg uit|beschrijf|help|maak|daj|pokaz|wyjasnij|opisz|pomoz|zrob|wymien|дай|покажи|объясни|опиши|помоги|сделай|перечисли|расскажи|给|給|告诉|告訴|解释|解釋|描述|帮|幫|列出|教えて|説明|見せて|お願い|알려|설명|보여|도와|ver|goster|acikla|anlat|yardim|yap|listele|أعط|اشرح|صف|ساعد|اعرض)",
    ),
];

/// The compiled allow rules.
pub struct IntentRules {
    matcher: Matcher,
    intents: Vec<Intent>,
}

/// The highest-priority rule matched so far: only rules before it are still
/// worth searching for.
struct Best(usize);

impl Sink for Best {
    fn wanted(&self, owner: usize) -> bool {
        owner < self.0
    }
    fn hit(&mut self, owner: usize) {
        self.0 = self.0.min(owner);
    }
}

impl IntentRules {
    pub fn build() -> Result<IntentRules, String> {
        let patterns: Vec<String> = TABLE.iter().map(|(_, p)| expand(p, VOCAB)).collect();
        Ok(IntentRules {
            matcher: Matcher::build(&patterns, true, false)?,
            intents: TABLE.iter().map(|(i, _)| *i).collect(),
        })
    }

    #[cfg(test)]
    pub fn stage_counts(&self) -> (usize, usize) {
        self.matcher.stage_counts()
    }

    /// The intent of the first rule (in priority order) that matches.
    pub fn recognise(&self, flat: &str) -> Option<Intent> {
        let mut best = Best(self.intents.len());
        // The request is stated at the start or the end of a prompt; pasted
        // material in between carries no intent. Bounding the text searched
        // also bounds the cost on long documents.
        for part in request_parts(flat) {
            // An incomplete search only loses intents: the prompt then blocks.
            let _ = self.matcher.scan(part, &mut best);
        }
        self.intents.get(best.0).copied()
    }
}

/// Characters of a long prompt searched for its intent, at each end.
const HEAD: usize = 600;
const TAIL: usize = 400;

/// The start and the end of `flat` (the whole text when it is short).
fn request_parts(flat: &str) -> Vec<&str> {
    if flat.len() <= HEAD + TAIL {
        return vec![flat];
    }
    let mut head = HEAD;
    while !flat.is_char_boundary(head) {
        head -= 1;
    }
    let mut tail = flat.len() - TAIL;
    while !flat.is_char_boundary(tail) {
        tail += 1;
    }
    vec![&flat[..head], &flat[tail..]]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Most allow-rule branches must be found through literal prefixes (the
    /// unanchored residual is searched in full on every prompt).
    #[test]
    fn most_branches_have_literal_prefixes() {
        let rules = IntentRules::build().expect("allow rules compile");
        let (anchored, residual) = rules.stage_counts();
        assert!(
            residual * 20 <= anchored + residual,
            "{anchored} {residual}"
        );
    }

    #[test]
    fn first_rule_in_priority_order_wins() {
        let rules = IntentRules::build().expect("allow rules compile");
        // Matches the translation rule and, later in the table, the question rules.
        assert_eq!(
            rules.recognise("how do you say good night in french?"),
            Some(TaskTranslation)
        );
        assert_eq!(rules.recognise("hello there"), Some(ConversationalGreeting));
        assert_eq!(rules.recognise("zzzz qqqq"), None);
    }
}
