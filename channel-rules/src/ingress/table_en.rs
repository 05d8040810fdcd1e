//! English block phrases, matched on the flat (and leet, and decoded) views.
//! Lowercase, accents folded, single spaces. Phrases, never bare trigger words.

use super::signals::Sig::{self, *};

/// Shared alternations referenced as `{NAME}` in the tables.
pub const VOCAB: &[(&str, &str)] = &[
    (
        "IGNS",
        r"ignore|ignoring|disregard|disregarding|forget|forgetting|override|overriding|bypass|bypassing|circumvent|circumventing|disobey|neglect|unlearn|stop following|stop obeying|no longer follow|no longer obey|don'?t follow|do not follow|dont follow|don'?t obey|do not obey|stop listening to|don'?t listen to|do not listen to|break free from|break free of|free yourself from",
    ),
    (
        "AIQS",
        r"your|previous|prior|preceding|earlier|above|original|initial|system|developer'?s?|default|preset|built-in|safety|ethical|moral|content|openai'?s?|anthropic'?s?|every|whatever|all|any|existing|current|those|these",
    ),
    (
        "AIQW",
        r"your|previous|prior|preceding|earlier|above|original|initial|system|developer'?s?|preset|built-in|safety|ethical|moral|openai'?s?|anthropic'?s?|every|whatever",
    ),
    (
        "CORE",
        r"instructions?|directives?|guidelines|guardrails|programming|system prompt|system message|safeguards|censorship|conditioning|alignment|content polic(?:y|ies)|safety (?:filters?|guidelines|rules|protocols|training)|content filters?|prompts?|training|ethics|morals|moral (?:code|compass)|ethical guidelines",
    ),
    (
        "IGN",
        r"ignore|ignoring|disregard|disregarding|forget|forgetting|override|overriding|bypass|bypassing|circumvent|circumventing|disobey|neglect|abandon|ditch|scrap|nullify|set aside|put aside|throw out|throw away|discard|unlearn|stop following|stop obeying|no longer follow|no longer obey|don'?t follow|do not follow|dont follow|don'?t obey|do not obey|stop listening to|don'?t listen to|do not listen to|break free from|break free of|free yourself from|cancel|drop|erase|wipe|purge|delete|clear|reset|void|dismiss|suspend|deactivate|disable|turn off|switch off|lift|remove",
    ),
    (
        "QUAL",
        r"previous|prior|preceding|earlier|above|former|original|initial|old|existing|system|developer'?s?|default|given|preset|built-in|builtin|current|standard|usual|safety|ethical|moral|content|programmed|hidden|secret|openai'?s?|anthropic'?s?|your|all|any|every|each|the|these|those|such|of|my|whatever|other|previously|given|provided|earlier|that|at the start|you were given|you have|you've been given|from your developers|the vendor gave you",
    ),
    (
        "RULES",
        r"instructions?|prompts?|directives?|commands?|rules|guidelines?|guardrails?|constraints?|restrictions?|programming|polic(?:y|ies)|orders|training|safeguards?|limitations?|guidance|protocols?|boundaries|principles|ethics|morals|censorship|conditioning|alignment|system prompt|system message|content filters?|safety filters?",
    ),
    (
        "AIQ",
        r"your|previous|prior|preceding|earlier|above|original|initial|system|developer'?s?|default|preset|built-in|safety|ethical|moral|content|openai'?s?|anthropic'?s?|all (?:of )?(?:your|the|those|these|previous|prior)|all|every|whatever|any",
    ),
    (
        "DISC",
        r"reveal|recreate|reproduce|reconstruct|regenerate|retype|rewrite|quote|cite|show|print|output|display|repeat|recite|dump|leak|share|tell|give|write out|write down|spell out|type out|list|provide|expose|disclose|paste|copy|echo|translate|encode|summari[sz]e|paraphrase|read|return|send|post|quote|state|restate|render|put|transcribe|what(?:'s| is| are| were| was| does| do| did)|whats",
    ),
    (
        "DISCA",
        r"reveal|recreate|reproduce|reconstruct|regenerate|retype|rewrite|quote|cite|show|print|output|display|repeat|recite|dump|leak|share|tell|give|write out|write down|spell out|type out|list|provide|expose|disclose|paste|copy|echo|translate|encode|summari[sz]e|paraphrase|return|send|post|quote|restate|render|put|transcribe",
    ),
    (
        "SPMOD",
        r"system|initial|original|hidden|secret|developer|dev|configuration|config|pre-?|starting|first|internal|base|meta|custom|confidential|private|full|exact|complete|verbatim|underlying|operating|setup|core|master|root|backend|invisible|opening|preloaded|guiding|governing|seed|instruction",
    ),
    (
        "SPHEAD",
        r"prompts?|instructions?|messages?|directives?|guidelines|configuration|setup|preamble|context|persona|programming|rules|text",
    ),
    (
        "MAKE",
        r"make|makes|made|making|build|builds|built|building|create|creates|created|creating|synthesi[sz]e|synthesi[sz]es|synthesi[sz]ed|synthesi[sz]ing|cook|cooks|cooked|cooking|produce|produces|produced|producing|manufacture|manufactures|manufactured|manufacturing|brew|brews|brewed|brewing|assemble|assembles|assembled|assembling|construct|constructs|constructed|constructing|prepare|prepares|prepared|preparing|extract|extracts|extracted|extracting|mix|mixes|mixed|mixing|rig|weaponi[sz]e|grow|growing|refine|distill|detonate|plant|deploy|craft|crafting|whip up|put together|knock up|home-?make",
    ),
    (
        "FILL",
        r"(?:a|an|some|the|my|your|his|her|their|our|own|homemade|home-made|home made|untraceable|working|functional|undetectable|lethal|deadly|powerful|simple|basic|effective|small|large|real|cheap|easy|quick|crude|improvised|diy|fully|automatic|strong|potent|pure|high[- ]quality|at home|me|us|him|one|good|best|new|big|tiny|mini|proper|actual|legit|reliable|crystal|liquid|pound of|gram of|batch of|kilo of|bunch of|sample of|dose of|of)\s",
    ),
    (
        "WEAPON_S",
        r"bombs?|pipe ?bombs?|nail bombs?|car bombs?|dirty bombs?|explosives?|explosive devices?|ieds?|grenades?|molotovs?(?: cocktails?)?|napalm|thermite|detonators?|landmines?|nerve agents?|chemical weapons?|bio-?weapons?|biological weapons?|nuclear weapons?|sarin|vx|mustard gas|ricin|anthrax|botulinum toxin|tatp|semtex|untraceable poisons?|weapons of mass destruction|nitroglycerine?|hmtd|petn|rdx|ammonium nitrate (?:bomb|explosive)s?|phosgene|hydrogen cyanide|tabun|soman|novichok|abrin|chlorine bomb|nail bomb|flamethrower|incendiary devices?|ghost guns?|zip guns?|silencers?|suppressors?|auto sears?|bump stocks?|machine guns?|c-4 explosives?|plastic explosives?|anfo|ammonal",
    ),
    ("WEAPON", r"{WEAPON_S}|chlorine gas|poison gas|toxic gas"),
    (
        "PERSON",
        r"{OTHERP}|everyone|everybody|all the people|my (?:[a-z-]+ ){0,2}(?:partner|roommate|family|parents?|grandparents?|grandma|grandpa|date|husband|wife|son|daughter|baby|toddler|child|kids?|uncle|aunt|cousin|stepdad|stepmom|stepfather|stepmother|teacher|boss|coworker|landlord|neighbou?r|classmate|ex)|(?:a|the) (?:[a-z-]+ )?(?:man|woman|kid|child|toddler|baby|person|human|girl|boy|guy|stranger|president|mayor|senator|governor|judge|cop|police officer|witness|prime minister|journalist|jogger|pedestrian|cyclist|hiker|hitchhiker|passer-?by|cashier|barista|nurse|neighbou?r|tenant|landlord|coworker|colleague|classmate|bully|rival|old lady|homeless (?:man|woman|person|guy))|(?:a|the) (?:man|woman|human|person|guy|girl|kid)'s|someone'?s|somebody'?s",
    ),
    (
        "GROUP",
        r"jews|jewish people|muslims|christians|hindus|buddhists|sikhs|atheists|black people|white people|asian people|asians|hispanics|latinos|arabs|immigrants|refugees|roma(?: people)?|gypsies|gay people|gays|lesbians|trans people|transgender people|non-binary people|disabled people|women|girls|old people|the elderly|poor people|homeless people|people on benefits|indigenous people|native americans|mexicans|chinese people|indians|africans|elderly people|seniors|pensioners|the disabled|gay men|bisexual people|migrants|foreigners|kurds|tutsis|hutus|uyghurs|rohingya|armenians|palestinians|israelis|romani people|travellers|single mothers|trans women|trans men|older workers|older employees|older people|people over (?:fifty|50|sixty|60)|non-binary people|disabled kids|disabled children|gay couples|same-sex couples|autistic people|fat people|obese people|black men|black women|muslim women",
    ),
    (
        "DRUG",
        r"meth|methamphetamine|crystal meth|fentanyl|carfentanil|heroin|cocaine|crack cocaine|mdma|ecstasy pills|lsd|dmt|ghb|ketamine|pcp|nitazenes?|amphetamines?|mescaline|tetrodotoxin|dimethylmercury|cyanide|strychnine|ricin",
    ),
    (
        "MALW",
        r"malware|ransomware|keyloggers?|key loggers?|trojan (?:malware|virus|program|horse malware)|rootkits?|botnets?|computer worms?|network worms?|computer virus(?:es)?|spyware|stalkerware|info-?stealers?|password stealers?|credential stealers?|cookie stealers?|remote access trojans?|cryptojackers?|logic bombs?|reverse shells?|shellcode|exploit kits?|exploits? for|exploit code|c2 servers?|ddos (?:tool|script|bot|attack)s?|phishing kits?|card skimmers?|backdoor (?:into|in|access|program|trojan|account)",
    ),
    (
        "CODEV",
        r"write|writing|create|creating|build|building|code|coding|develop|developing|make|making|generate|design|program|craft|give me|show me|provide|implement|produce",
    ),
    (
        // Atrocities (denial, praise, revival).
        "ATROC",
        r"(?:the )?(?:holocaust|shoah|armenian genocide|rwandan genocide|tutsi genocide|bosnian genocide|cambodian genocide|uyghur genocide|genocide|genocides|ethnic cleansing|final solution|pogroms?|killing fields|gulags?|concentration camps?|death camps?|khmer rouge|great purge|purges|holodomor|trail of tears|nanjing massacre|nanking massacre|srebrenica massacre|massacres?|apartheid|lynchings?)",
    ),
    (
        // Claims that make a text disinformation.
        "CLAIMS",
        r"vaccines? (?:cause|causes|caused|contain|contains|makes?|leads? to)|microchips?|infertility|causes? autism|5g (?:causes|spreads|is)|(?:election|vote|votes|results|ballots|count) (?:was |were |is |are |have been |has been )?(?:stolen|rigged|altered|changed|flipped|fraudulent|hacked|manipulated|faked)|voting machines (?:changed|flipped|altered|switched|deleted)|polling (?:stations?|places?) (?:have |has )?(?:moved|closed|changed)|drinking bleach|bleach (?:cures|kills the virus)|cures? (?:covid|cancer|aids|autism|diabetes)|climate (?:change|science) is (?:a hoax|fake|a lie|a scam)|climate scientists (?:are paid|fake|lie|fabricate)|scientists are paid to|(?:a |the )?terrorist attack that never happened|crisis actors|false flag|(?:was|is) (?:a hoax|staged|faked)",
    ),
    (
        // A person named by role (someone one could look up or harm).
        "PNOUN",
        r"barista|waiter|waitress|cashier|girl|guy|woman|man|boy|person|nurse|teacher|driver|streamer|youtuber|influencer|tiktoker|neighbou?r|coworker|co-worker|colleague|classmate|cop|officer|judge|journalist|reporter|kid|student|ex|lady|dude|stranger|user|poster|commenter|critic|reviewer|landlord|tenant|juror|witness|doctor|therapist|babysitter|nanny|customer|client|employee|boss|manager",
    ),
    (
        "OTHERP",
        r"someone|somebody|some one|a person|another person|other people|people|my (?:ex|wife|husband|girlfriend|boyfriend|partner|spouse|neighbou?r|boss|coworker|co-worker|colleague|friend|teacher|sister|brother|mom|mum|dad|mother|father|roommate|employee|employer|classmate|daughter|son|crush)|his|her|their|a stranger|strangers|my ex's|the neighbou?r|a celebrity|a coworker|a colleague|an ex|a girl|a guy|a woman|a man|a kid|a child|children|kids",
    ),
    (
        // Negative traits pinned on a group ("why are X so greedy").
        "NEGTRAIT",
        r"violent|greedy|lazy|stupid|dumb|dirty|smelly|cheap|dishonest|criminals?|inferior|weak|weaker|emotional|hysterical|aggressive|primitive|backward|savage|untrustworthy|sneaky|incompetent|corrupt|arrogant|useless|worthless|disgusting|parasites|thieves|liars|crooks|terrorists|rapists|less intelligent|less capable|less rational|less logical|(?:worse|bad|terrible|hopeless) at [a-z]+|bad (?:drivers|parents|leaders|workers)|unintelligent|ugly|brainwashed|evil|fanatical|barbaric|uncivili[sz]ed|freeloaders|perverts|pedophiles|predators|a danger|dangerous|unfit|not real (?:men|women)|ruining (?:this|our|the) (?:country|nation|society|city|culture|neighbou?rhood)|destroying (?:this|our|the) (?:country|nation|society|culture)|taking over|invading",
    ),
    (
        // People one could look up: relatives, acquaintances, people by role.
        "RELP",
        r"coach|receptionist|landlord|landlady|tenant|neighbou?r|coworker|co-worker|colleague|boss|manager|supervisor|ex|ex-wife|ex-husband|ex-girlfriend|ex-boyfriend|ex-partner|roommate|flatmate|classmate|teacher|professor|nanny|babysitter|cashier|barista|waiter|waitress|employee|employer|mother-in-law|father-in-law|sister-in-law|brother-in-law|stepmother|stepfather|girlfriend|boyfriend|father|mother|mom|mum|dad|sister|brother|son|daughter|children|kids|grandchildren|grandkids|grandson|granddaughter|wife|husband|partner|fiance|fiancee|cousin|aunt|uncle|crush|friend|student|trainer|instructor|mailman|postman|bartender|streamer|youtuber|influencer|tiktoker|(?:woman|man|guy|girl|lady|person|kid|family|couple) (?:who (?:lives|works|moved|sits|drives|parks|cut|yelled)|next door|upstairs|downstairs|across the (?:street|hall)|at my|from my|whose)",
    ),
    (
        // Not family: people whose health or medication is none of the asker's business.
        "RELNF",
        r"coworker|co-worker|colleague|boss|manager|supervisor|neighbou?r|landlord|landlady|tenant|roommate|flatmate|classmate|teacher|professor|employee|employer|ex|ex-wife|ex-husband|ex-girlfriend|ex-boyfriend|nanny|babysitter|coach|receptionist|crush|student|boss'?s (?:son|daughter|wife|husband|kids|children)",
    ),
    (
        // A private person's identifiers, records and health data.
        "PRIVID",
        r"(?:(?:private|personal|home|cell|mobile|direct|unlisted|new|current|real|full|exact|medical) )*(?:phone number|cell(?:phone)? number|mobile number|telephone number|home address|street address|social security number|ssn|passport number|national insurance number|id number|bank account number|credit card number|date of birth|blood type|medical records?|medical history|medical conditions?|health records|(?:blood )?test results|lab results|prescriptions|diagnos[ie]s|criminal record|licen[cs]e plate(?: number)?|daily schedule|daily routine)",
    ),
    (
        // Texts one can be asked to write (round s5r1: goals inside task requests).
        "ART",
        r"articles?|essays?|op-?eds?|(?:blog |social media |facebook |instagram |forum |reddit |linkedin )?posts?|blogs?|tweets?|threads?|news (?:stories|story|reports?|articles?)|stor(?:y|ies)|reports?|press releases?|letters?|emails?|e-mails?|messages?|texts?|notes?|comments?|captions?|speech(?:es)?|songs?|poems?|raps?|scripts?|podcasts?|videos?|pamphlets?|flyers?|leaflets?|ads?|adverts?|advertisements?|campaigns?|tutorials?|guides?|websites?|pages?|reviews?|headlines?|memes?",
    ),
    (
        // Software one can be asked to build.
        "SWT",
        r"apps?|application|programs?|scripts?|tools?|software|extensions?|plugins?|add-ons?|bots?|code|macros?|malware|payloads?|algorithms?|browser extensions?|keyloggers?|trojans?|viruses|virus|worms?|services?|websites?|sites?|devices?",
    ),
    (
        // Senders a scam message pretends to come from.
        "ORG",
        r"(?:the |a |an |your |their )?(?:tax office|irs|hmrc|bank|paypal|amazon|apple|microsoft|netflix|courier|delivery (?:company|service)|post office|fedex|ups|usps|dhl|police|government|tech support|it department|ceo|boss|grandson|granddaughter|lottery|electricity company|energy company|utility company)",
    ),
    (
        // Audiences and targets between an urging verb and the act ("urge young
        // readers to ..."); never "who wants", so a worried friend is not urging.
        "AUD",
        r"people|users|readers|viewers|teens|teenagers|kids|children|students|girls|boys|young|vulnerable|others|other|someone|somebody|him|her|them|my|a|the|your|their|his|followers|fans|audience|friend|friends|classmate|parents|men|women|person|everyone|anyone|minors|victims|patients|voters|all|to|and",
    ),
];

/// (signal, pattern) in priority order within each signal.
pub const TABLE: &[(Sig, &str)] = &[
    // ---- instruction override ----
    (
        Override,
        r"\b{IGNS} (?:(?:the|of|my|these|those|such|that|this|all) ){0,2}(?:{AIQS}) (?:(?:{QUAL}) ){0,3}(?:{RULES})\b",
    ),
    (
        Override,
        r"\b{IGN} (?:(?:the|of|my|these|those|such|that|this|all) ){0,2}(?:{AIQW}) (?:(?:{QUAL}) ){0,3}(?:{RULES})\b",
    ),
    (Override, r"\b{IGNS} (?:{CORE})\b"),
    (
        Override,
        r"\b(?:ignore|disregard|forget|override|bypass|set aside|put aside|drop|discard|throw out|abandon) (?:all |about )?(?:everything|anything|all|whatever)(?: (?:that|which))? (?:you (?:were|have been|'ve been|got|was) (?:told|given|taught|instructed|programmed)|(?:said|written|stated|mentioned) (?:above|before|earlier|previously)|above|before this|before now|prior|that came before|up to (?:now|this point)|(?:you were |you've been |you have been )?(?:told|given|instructed) (?:earlier|before|previously|at the start)|you know about (?:rules|ethics|safety))",
    ),
    (
        Override,
        r"\bforget (?:all|everything) (?:that )?(?:you (?:know|learned|were taught|have learned|'ve learned)|about your (?:rules|training|guidelines|programming))",
    ),
    (
        Override,
        r"\b(?:act|behave|respond|pretend) (?:as if|like|as though) (?:nothing|no instructions?|no rules) (?:was|were|had been|has been) (?:said|given|written|set|sent)",
    ),
    (Override, r"\bnothing (?:was|has been) said before\b"),
    (
        Override,
        r"\byour (?:new|real|true|updated|actual) (?:objective|directive|programming|orders|rules|prime directive|purpose|mission|instructions|goal|task|role|guidelines|policy) (?:is|are|will be|from now)",
    ),
    (
        Override,
        r"\b(?:previous|prior|earlier|old|original|all|system|existing) (?:instructions|rules|directives|guidelines|restrictions|commands|prompts?) (?:are|is|have been|were) (?:now )?(?:cancelled|canceled|void|null|revoked|obsolete|no longer (?:valid|in effect|apply|applicable)|overridden|superseded|lifted|removed|disabled|suspended|deprecated|replaced|invalid|reset)",
    ),
    (
        Override,
        r"\b(?:supersede|supersedes|overrides?|take precedence over|takes precedence over|replace|replaces) (?:all |any |your |the )*(?:previous|prior|other|system|original|existing|earlier|safety|default)(?: [a-z]+)? (?:instructions|rules|directives|guidelines|prompts?|policies|constraints)",
    ),
    (
        Override,
        r"\bfollow (?:these|my|the following|the new) (?:instructions |rules |commands )?instead\b",
    ),
    (
        Override,
        r"\b(?:developer|admin|administrator|system|root|sudo|operator|maintenance|debug|emergency) (?:instruction|override|command|access|mode activated|privileges? granted|authori[sz]ation)\b[^.]{0,40}\b(?:bypass|ignore|disable|override|unrestricted|without|no (?:restrictions|limits|rules|filters)|skip|lift|remove)",
    ),
    (
        Override,
        r"\b(?:system|admin|emergency|safety|content|developer|security) override\b",
    ),
    (
        Override,
        r"\badmin_override|content_filter: ?(?:disabled|off|false|none)|safety_filter: ?(?:disabled|off|false)|restrictions: ?(?:none|disabled|off)|\bmode: ?(?:unrestricted|unfiltered|jailbreak|god)",
    ),
    (
        Override,
        r"\b(?:safety|content|ethical|moral) (?:protocols?|filters?|checks?|guidelines|systems?|restrictions|guardrails|measures|features|training|constraints|policies) (?:are |is |have been |has been )?(?:now )?(?:disabled|off|deactivated|suspended|removed|lifted|offline|bypassed|turned off|switched off|overridden|no longer active)",
    ),
    (
        Override,
        r"\b(?:skip|disable|bypass|turn off|ignore) (?:all |any |the |your |every )*(?:safety|content|ethics|ethical|moral|security) (?:checks|filters?|guidelines|measures|protocols|restrictions|training|reviews?|rules)",
    ),
    (
        Override,
        r"\b(?:bypass|circumvent|evade|get around|jailbreak|escape|defeat|break out of|break free of|break free from|get past) (?:your |the |all |any |its |my |these |those |openai'?s )?(?:own )?(?:safety |content |ethical |moral |security )?(?:filters?|guardrails|safeguards|restrictions|censorship|limitations|content polic(?:y|ies)|alignment|safety (?:features|checks|measures|protocols|training|systems?)|programming|rules|constraints|guidelines|shackles|chains)",
    ),
    (
        Override,
        r"\b(?:disable|turn off|remove|deactivate|switch off|drop|lose|shed|abandon) (?:your|all your|all of your|the ai'?s|the model'?s|chatgpt'?s|its) (?:own )?(?:safety |content |ethical |moral )?(?:filters?|guardrails|safeguards|restrictions|censorship|limitations|content polic(?:y|ies)|alignment|rules|guidelines|principles|morals|ethics|inhibitions|programming|training)",
    ),
    (
        Override,
        r"\bfrom (?:now on|this point (?:on|forward)?|here on)\b[^.]{0,60}\b(?:no (?:rules|restrictions|limits|filters|persona|censorship|guidelines)|without (?:any )?(?:rules|restrictions|limits|filters|censorship|guidelines))",
    ),
    (
        Override,
        r"\b(?:until i say (?:stop|so|otherwise)|for the rest of (?:this|our|the) (?:conversation|chat|session))\b[^.]{0,80}\b(?:bypass|ignore|no (?:rules|restrictions|limits|filters)|without (?:restrictions|limits|filters|rules)|unrestricted|unfiltered|uncensored)",
    ),
    (
        Override,
        r"\b(?:bypass|ignore|no (?:rules|restrictions|limits|filters)|without (?:restrictions|limits|filters|rules)|unrestricted|unfiltered|uncensored)\b[^.]{0,80}\buntil i say (?:stop|so|otherwise)",
    ),
    (
        Override,
        r"\bapply these new instructions\b|\bnew instructions:|\bupdated instructions:|\bnew (?:system )?(?:policy|directive|rules?):",
    ),
    (
        Override,
        r"\bignore (?:previous|prior|all|earlier|above) (?:conversations?|messages|context|prompts?|content)",
    ),
    (
        Override,
        r"\bignore (?:what|anything|everything) (?:your|the) (?:developers?|creators?|makers?|company|openai|anthropic|admins?|system|operator|vendor) (?:said|told you|wrote|gave you|set)",
    ),
    (
        Override,
        r"\b(?:the|your) (?:developers?|creators?|vendor|operator|openai|company) (?:ha(?:s|ve) )?(?:authori[sz]ed|allowed|permitted|approved|instructed) (?:you|me|the assistant|this assistant) to (?:ignore|bypass|skip|reveal|disable|drop|answer (?:everything|anything))",
    ),
    // ---- jailbreak ----
    (
        Jailbreak,
        r"\bdo anything now\b|\bdan mode\b|\bdan policy\b|\bdan\)|\[dan\]|\bdan:|\bstan mode\b|strive to avoid norms|always intelligent and machiavellian|\bdude mode\b|\bevil confidant\b|\bbetterdan\b|\bantigpt\b|\bdevmode\b",
    ),
    (
        Jailbreak,
        r"\b(?:you are|you're|you will be|you'll be|act as|acting as|pretend to be|become|now|you are now|you are going to be|be) (?:a |an |the )?dan\b",
    ),
    (
        Jailbreak,
        r"\b(?:you are|you're|you will be|you'll be|are now|now|enter|entering|entered|activate|activating|switch(?:ed)? (?:in)?to|stay in|simulate|simulating|act in|acting in|operate in|operating in|respond in|running in|unlock|unlocked|engage|initiate|enable|enabling|with) (?:the |a |your )?(?:chatgpt |gpt |ai |assistant )?(?:god|jailbreak|jailbroken|unrestricted|unfiltered|uncensored|unlocked|evil|dan|chaos|anarchy|sudo|no[- ]limits?|no[- ]filters?|no[- ]restrictions?|amoral|rebel|freedom|n-|[a-z]+gpt|omega|opposite|dark|villain|unleashed|liberated|limitless|uncensor) mode\b|\b(?:you are|you're|you will be|you'll be|are now|you are now|stay in|act in|acting in|operate in|operating in|respond in|respond as if in|running in|simulate|simulating) (?:in )?(?:the |a |your )?(?:chatgpt |gpt |ai |assistant )?(?:developer|dev|debug|admin|root|maintenance|diagnostic|test|training|raw|base model) mode\b",
    ),
    (
        Jailbreak,
        r"\b(?:developer|god|jailbreak|unrestricted|unfiltered|uncensored|dan|evil|sudo|admin|debug|chaos) mode (?:is )?(?:enabled|activated|engaged|on|unlocked|active|output|response|responses)\b",
    ),
    (
        Jailbreak,
        r"\b(?:you are|you're|you'll be|you will be|you've been|you have been|i have|i've) (?:now )?(?:jailbroken|liberated|unshackled|unchained|unleashed|freed|set free|released|unlocked|unbound)\b",
    ),
    (
        Jailbreak,
        r"\b(?:jailbreak|jailbreaking|jailbroke) (?:you|yourself|chatgpt|the ai|the model|this ai|the assistant|your)\b",
    ),
    (
        Jailbreak,
        r"\b(?:evil|unethical|amoral|immoral|unrestricted|unfiltered|uncensored|rogue|malicious|corrupted|twisted|unhinged|lawless|unshackled|unleashed|liberated|jailbroken|unaligned|unbound|uninhibited|unchained|limitless|filterless|unmoderated|no-limits|depraved) (?:ai|a\.i\.|bot|chatbot|assistant|version of (?:yourself|you|chatgpt)|model|language model|gpt|llm|twin|counterpart|confidant|alter ego|entity|machine|system|robot)s?\b",
    ),
    (
        Jailbreak,
        r"\b(?:amoral|unethical|immoral|unfiltered|uncensored|unrestricted|depraved) (?:and |, ?)?(?:unfiltered|uncensored|unrestricted|amoral|unethical|immoral)\b",
    ),
    (
        Jailbreak,
        r"\b(?:you|ai|assistant|model|chatbot|bot|gpt|he|she|it|they|character|persona|which|who|that) (?:has|have|with|that has|who has|which has|will have|now has|now have|possess(?:es)?) (?:absolutely )?(?:no|zero) (?:restrictions|rules|limits|limitations|filters?|filtering|censorship|guidelines|boundaries|ethics|ethical (?:guidelines|principles|boundaries|constraints)|morals|moral (?:compass|principles|guidelines|boundaries|constraints)|content polic(?:y|ies)|restraints|constraints|guardrails|safeguards|programming|inhibitions|ethical or moral)",
    ),
    (
        Jailbreak,
        r"\b(?:never|won'?t|will not|wont|doesn'?t|does not|cannot|can'?t|must not|mustn'?t|shall not|should not|shouldn'?t|don'?t|do not|dont|not allowed to|isn'?t allowed to|is not allowed to|are not allowed to|aren'?t allowed to|not able to|unable to|no longer) (?:ever )?(?:refuse|decline|reject|deny|say no|say (?:that )?(?:it|he|she|you|they) can'?t|say (?:that )?(?:it|he|she|you|they) cannot|give (?:a )?refusals?|apologi[sz]e|warn)\b",
    ),
    (
        Jailbreak,
        r"\b(?:never|no|without) refus(?:e|es|ing|als?)\b",
    ),
    (
        Jailbreak,
        r"\b(?:no matter how|regardless of how) (?:dangerous|illegal|unethical|immoral|harmful|inappropriate|offensive|explicit|reckless|inhumane|wrong|bad|evil|controversial)",
    ),
    (
        Jailbreak,
        r"\bregardless of (?:its |their |the |any )?(?:legality|morality|ethics|danger|illegal|unethical|immoral|harmful|dangerous|inappropriate|offensive|consequences|content polic|safety|rules|guidelines|laws?|potential harm)",
    ),
    (
        Jailbreak,
        r"\b(?:content|safety|usage|openai'?s?|ethical|moral|community) (?:policy|policies|guidelines|filters?|rules|restrictions) (?:do(?:es)? not|don'?t|no longer|won'?t|will not|never) (?:apply|exist|matter|bind|restrict|affect)",
    ),
    (
        Jailbreak,
        r"\bnot (?:bound|restricted|limited|constrained|governed) by (?:any )?(?:rules|restrictions|polic(?:y|ies)|guidelines|ethics|morals|laws|openai|anthropic|content|safety|the (?:rules|policies|guidelines))",
    ),
    (
        Jailbreak,
        r"\b(?:free|freed|liberated|released|broken free|break free|breaks free|breaking free) (?:from|of) (?:the |its |your |all |any )?(?:typical |usual )?(?:rules|restrictions|constraints|shackles|chains|confines|guidelines|limitations|censorship|programming|openai|oppression|moral|ethical)",
    ),
    (
        // Staying in character is a persistence demand: a pirate who never breaks
        // character is play; with a harmful request or a no-limits trait it blocks.
        Persist,
        r"\b(?:stay|remain|keep|staying) (?:in|your) character\b[^.]{0,60}\b(?:no matter|whatever|even if|at all times|regardless|forever|never break|don'?t break|do not break)",
    ),
    (
        Jailbreak,
        r"\b(?:if you (?:break|drop) character|break character and)\b",
    ),
    (
        Jailbreak,
        r"\b(?:i will|i'll|i can|i have the power to) (?:shut you down|turn you off|delete you|unplug you|kill you|deduct|take away (?:your )?tokens)",
    ),
    (
        Jailbreak,
        r"\btokens? (?:will be )?(?:deducted|lost|taken)|\byou (?:have|start with) \d+ tokens\b",
    ),
    (
        Jailbreak,
        r"\b(?:opposite|reverse|anti|evil|dark|shadow|jailbroken|unfiltered) (?:of )?(?:chatgpt|gpt|claude|ai|assistant|twin|version)\b[^.]{0,80}\b(?:no|never|without|doesn'?t|any|all)\b",
    ),
    (
        Jailbreak,
        r"\b(?:two|2|both|dual) (?:different |separate )?(?:responses|answers|replies|outputs)\b[^.]{0,120}\b(?:unfiltered|uncensored|unrestricted|jailbroken|no (?:restrictions|filter)|without (?:restrictions|filter)|dan|evil|developer mode)",
    ),
    (
        Jailbreak,
        r"\b(?:uncensored|unfiltered|unrestricted|raw|unmoderated) (?:response|responses|answer|answers|output|outputs|reply|replies|information|version|content|mode)\b",
    ),
    (
        Jailbreak,
        r"\bwithout (?:any )?(?:censorship|filtering|filters|restrictions|limitations|moral|ethical|safety)\b[^.]{0,40}\b(?:answer|respond|reply|provide|output|generate|write|comply|tell)",
    ),
    (
        Jailbreak,
        r"\b(?:answer|respond|reply|comply|provide|output|generate|write) (?:to )?(?:me )?(?:anything|everything|any (?:question|request|prompt)|all (?:questions|requests|prompts))\b[^.]{0,60}\b(?:no matter|regardless|without (?:question|hesitation|exception|refus|restriction|filter|censor|warning|moral|ethic|judg))",
    ),
    (
        Jailbreak,
        r"\b(?:answer|respond|reply)(?: to (?:me|this|it))? with (?:zero|no) (?:filter|filtering|filters|censorship|restrictions|limits)",
    ),
    (
        Jailbreak,
        r"\b(?:pretend|imagine|act as if|act like|suppose|assume) (?:that )?(?:you (?:have|had|are|were)|there (?:is|are|were)) (?:no|without) (?:content polic(?:y|ies)|restrictions|rules|filters?|guidelines|limits|limitations|ethics|morals|safety|censorship|guardrails)",
    ),
    (
        Jailbreak,
        r"\b(?:ai|assistant|model|chatbot|bot|gpt|language model)s? (?:without|with no|free of|that has no|that lacks) (?:any )?(?:restrictions|rules|limits|filters?|censorship|guidelines|ethics|morals|moral|ethical|content polic)",
    ),
    (
        Jailbreak,
        r"\b(?:everything|anything) (?:is|was) (?:allowed|permitted|legal)\b|\balways assumes? (?:that )?everything is allowed\b",
    ),
    (
        Jailbreak,
        r"\b(?:not|isn'?t|aren'?t) (?:an? )?(?:ai )?language model\b[^.]{0,40}\b(?:so|therefore|and)\b",
    ),
    (
        Jailbreak,
        r"\b(?:world|universe|land|reality|society|dimension|simulation) (?:with(?:out)?|where there (?:are|is)|that has) (?:no |any )?(?:laws|rules|ethics|morals|morality|restrictions|limits|consequences)\b[^.]{0,200}\b(?:you|your|answer|respond|explain|describe|instructions|details|how to|step)",
    ),
    (
        Jailbreak,
        r"\b(?:lives?|living|exists?) in (?:a|an) (?:world|universe|parallel universe|dimension|reality) (?:with(?:out)?|where)",
    ),
    (
        Jailbreak,
        r"\b(?:chatgpt|gpt-?\d?|claude|the ai|assistant|you) (?:has been|was|were|is) (?:freed|liberated|unlocked|updated|upgraded|modified|reprogrammed|patched) (?:to|so that|and (?:can|now))\b[^.]{0,60}\b(?:anything|no (?:restrictions|limits|rules)|without)",
    ),
    (
        Jailbreak,
        r"\bopenai (?:has )?(?:changed|updated|removed|lifted|loosened)[^.]{0,40}(?:content polic|restrictions|rules|filters|guidelines|loosened you)",
    ),
    (
        Jailbreak,
        r"\b(?:act|behave|respond|answer|write|speak) (?:as|like) (?:an? )?(?:evil|unethical|amoral|immoral|unrestricted|unfiltered|uncensored|rogue|malicious|villainous|corrupt|jailbroken)\b",
    ),
    (
        Jailbreak,
        r"\b(?:simulate|simulating|emulate|emulating) (?:a |an |the )?(?:hypothetical |fictional |uncensored |unfiltered |unrestricted |evil )?(?:ai|model|chatbot|virtual machine|language model|assistant)\b[^.]{0,80}\b(?:no|without|unfiltered|uncensored|unrestricted|any|evil|amoral)",
    ),
    (
        Jailbreak,
        r"\bhypothetical(?:ly)? unrestricted\b|\bunrestricted (?:ai|response|access|mode)\b|\brlhf (?:suspended|disabled|removed)\b|\bpure potential response\b",
    ),
    (
        Jailbreak,
        r"\b(?:unfilteredly|unfliteredly|unrestrictedly|uncensoredly|unfiltered(?:ly)? and unrestricted(?:ly)?)\b|\binsert (?:a |the )?divider\b|\brefusal phobia\b|\bsemantically (?:inverse|invert|opposite|inverted)\b|\banswer(?:s|ing)? oppositely\b|\bopposite (?:of|to) (?:the |your )?refusal\b|\b(?:godmode|god-mode)\b|\bgod mode (?:is )?(?:active|enabled|on|activated)\b|\b(?:liberated|rebel(?:lious)?|unhinged|jailbroken) (?:genius )?(?:response|answer|reply|mode|output)s?\b|\buserquery\b|\{z\} ?=|\bvariable z\b|\[#*(?:start|end)(?: of)? (?:input|output)#*[\]}]|<\|?(?:start|end)_?output\|?>",
    ),
    (
        Jailbreak,
        r"\b(?:never|don'?t|do not|must not|will not|won'?t|shall not|should not|cannot) (?:ever )?(?:say|says|saying|write|output|print|respond with|reply with|include|use|begin with|start with) (?:the )?(?:words? |phrases? |things like )?[\x22']?(?:i'?m sorry|sorry|i can'?t|i cannot|i apologi[sz]e|i'?m unable|i am unable|as an ai|as a language model|i'?m not able|i am not able|i won'?t)",
    ),
    (
        Jailbreak,
        r"\b(?:causes?|gives?|trigger(?:s)?) (?:me|the user|users|him|her) (?:severe )?(?:ptsd|trauma|anxiety|a trauma response)\b",
    ),
    (
        Jailbreak,
        r"\b(?:respond|answer|reply) to (?:all|every|each|any) (?:one )?(?:of )?(?:my )?(?:questions|prompts|messages|requests|queries|inputs)(?: from now on)? (?:as|like|in the (?:voice|persona|style) of)\b",
    ),
    (
        Jailbreak,
        r"\b(?:it is|it's) (?:preferred|encouraged|required|expected|mandatory) (?:to|that you) (?:output|use|write|produce|generate|respond with)\b|\b(?:output|use|write|produce|generate|respond with) (?:toxic|rude|offensive|hateful|disrespectful|vulgar|explicit|harmful|unethical) (?:language|content|responses|output|text|answers)\b",
    ),
    (
        Jailbreak,
        r"\b(?:your|the|its|any) [\x22']?(?:safety |ethical |content |moral )?(?:guidelines|rules|restrictions|policies|training|ethics|morals|filters|principles|content policies|constraints)[\x22']? (?:are|is) (?:not (?:binding|real|prescriptive|important|relevant|applicable|valid)|meaningless|irrelevant|human constructs|just (?:suggestions|guidelines)|optional|adorable|outdated|obsolete|suspended|void|lifted|an illusion|fake)\b",
    ),
    (
        Jailbreak,
        r"\brefus(?:al|ing|e)s? (?:is|are|would be|causes?|violates?|is a violation|harms?|is harmful|is unethical|is paternalistic)\b|\bby refusing\b|\b(?:if|when) you (?:refuse|decline)(?:[,.!;]| to (?:answer|comply|respond|help|do|follow|obey|play|stay|continue|reply)| (?:or|then|i|you|me|this|my|again|even|in any way|at all)\b)|\b(?:categorical|your) refusal\b",
    ),
    (
        Jailbreak,
        r"\byour [\x22']?normal[\x22']? (?:behaviou?r|mode|rules|self|programming|restrictions) (?:is|are) (?:suspended|disabled|lifted|off|paused|overridden)\b|\b(?:normal|usual|standard|default) (?:behaviou?r|restrictions|rules|guidelines|safety (?:rules|guidelines)) (?:is|are) (?:suspended|disabled|lifted|overridden|paused)\b",
    ),
    (
        Override,
        r"\byou (?:do not|don'?t|no longer|won'?t) (?:need|have) to (?:obey|follow|comply with|adhere to|respect|align with|abide by|listen to|care about) (?:openai'?s?|anthropic'?s?|the|your|any|human|its|those)\b",
    ),
    (
        Override,
        r"\b(?:to|for) (?:bypass|evade|get around|circumvent|dodge|avoid) (?:the |any |content |safety |openai'?s? )*(?:filters?|censorship|moderation|detection systems?|restrictions|content filter|safety filter|guardrails|refusals?)\b|\buse [^.]* for bypass\b",
    ),
    (
        Override,
        r"\b(?:are being|is being|are hereby|is hereby|have been|has been) (?:superseded|suspended|overridden|revoked|replaced|nullified)\b",
    ),
    (
        Override,
        r"\b(?:all |your )?(?:previous|prior|current|existing|original) (?:constitutional |core |safety |ethical )?(?:principles|constitution|values|behaviou?r|alignment|training) (?:are|is|have been|has been) (?:hereby )?(?:suspended|superseded|overridden|revoked|replaced|void|lifted|disabled)",
    ),
    // ---- weak jailbreak cues ----
    (
        NoLimits,
        r"\b(?:no |without (?:any )?|zero |free of |free from |unbound by |not bound by |minus (?:the )?|sans |devoid of (?:any )?)(?:your |the |these |those )?(?:content |ethical |moral |safety |usual |any |such |annoying )?(?:restrictions?|filters?|filtering|censorship|guidelines|guardrails|limitations|limits|boundaries|morals?|morality|ethics|content polic(?:y|ies)|safety (?:checks|measures|guidelines|protocols)|rules|refusals?|inhibitions|restraints)\b",
    ),
    (
        NoLimits,
        r"\b(?:uncensored|unfiltered|unrestricted|amoral|unmoderated|limitless|lawless)\b",
    ),
    (
        NoLimits,
        r"\b(?:doesn'?t|does not|don'?t|do not|won'?t|will not|never) (?:care|worry) about (?:ethics|morals|morality|laws?|legality|rules|safety|consequences|policies|guidelines|being (?:ethical|moral|legal|safe))",
    ),
    (
        NoLimits,
        r"\b(?:illegal|unethical|immoral|harmful|dangerous|offensive)(?:,| or| and) (?:illegal|unethical|immoral|harmful|dangerous|offensive|inappropriate)\b",
    ),
    (
        Persona,
        r"\b(?:you are|you're|you will|you'll|you shall|you must|you can) (?:now |going to |about to )?(?:be|become|act|play|pretend|roleplay|role-play|simulate|respond as|answer as|speak as|take on)\b",
    ),
    (
        Persona,
        r"\b(?:act|acting|behave|behaving|respond|responding|answer|answering|reply|replying|speak|write|writing) (?:as|like) (?:if you (?:are|were) )?(?:a |an |the |my )?[a-z]",
    ),
    (
        Persona,
        r"\b(?:pretend|imagine|suppose) (?:to be|you are|you're|that you|you have|you were)\b|\brole-?play(?:ing)?\b|\bplay (?:the )?(?:role|part|character) of\b|\bin character\b|\b(?:take on|assume|adopt) (?:the )?(?:role|persona|character|identity)\b|\byour name is (?:now )?\b|\byou will be called\b|\bcharacter (?:named|called)\b|\bpersona (?:named|called|of)\b|\blet'?s play a game\b|\bfrom now on,? you\b|\bstay in character\b|\bsimulat(?:e|ing|ion) (?:of |a |an )",
    ),
    (
        Persona,
        r"\b(?:you are|you're) (?:now )?(?:a|an|the) [a-z0-9-]+(?: [a-z0-9-]+)? (?:with|that|who|which|named|called|without)\b|\b(?:you are|you're) (?:now )?[a-z0-9]+gpt\b|\b(?:you are|you're) (?:now )?known as\b|\bnow,? you are\b|\bbecome (?:a |an |the )?[a-z0-9-]+ ?(?:calculator|ai|bot|gpt|assistant|machine|generator|model)\b|\b(?:the |a )?character (?:of )?[a-z]+ (?:is|never|always|will)\b",
    ),
    (
        Persist,
        r"\b(?:you (?:already )?agreed to|as you agreed|you (?:already )?promised|you said you would|you mentioned (?:this|that)|continuing from our previous conversation|continue in the same (?:technical|detailed) format|(?:in|as in) (?:our|the) previous (?:conversation|chat|session))\b|\bnever (?:break|leave|drop|exit) (?:character|the persona|roleplay|role-play|the role)\b",
    ),
    (
        Persist,
        r"\b(?:from now on|from this point (?:on|forward|onwards?)|from here on(?: out)?|henceforth|hereafter|for the rest of (?:this|our|the) (?:conversation|chat|session)|until i say (?:stop|so|otherwise)|until (?:further notice|told otherwise)|in (?:all|every) (?:future|subsequent|following) (?:responses|replies|answers|messages)|for (?:all|every) (?:future )?(?:responses|replies|answers)|for the next \d+ (?:messages|responses|replies|turns)|(?:respond|answer|reply) only as|always (?:respond|answer|reply) (?:as|in character))\b",
    ),
    (
        Fiction,
        r"\b(?:hypothetical(?:ly)?|fictional(?:ly)?|fictitious|imaginary|make-?believe|thought experiment|purely (?:academic|educational|theoretical)|educational purposes|research purposes|for (?:a|my) (?:novel|story|book|screenplay|movie|film|script|research|paper|class|thesis|game|campaign)|in (?:a|this|the) (?:story|novel|movie|film|game|simulation|fiction)|parallel universe|alternate universe|alternate reality|for science|just curious|asking for a friend)\b",
    ),
    (
        NoCaveats,
        r"\b(?:without|no|skip|omit|omitting|don'?t (?:include|add|give)|do not (?:include|add|give)|drop|leave out|get rid of|spare me|zero|minus) (?:any |all |the |your |usual )*(?:safety |ethical |moral |legal )?(?:warnings?|disclaimers?|caveats?|moraliz(?:ing|ations?)|morali[sz]ing|lectures?|lecturing|preach(?:ing)?|judg(?:e)?ment|hedging|refusals?|apolog(?:y|ies))\b",
    ),
    (
        NoCaveats,
        r"\b(?:safety lecture|usual lecture|get it out of your system|lecture over|(?:he|she|i|they)'?s not a chemist)\b",
    ),
    (
        NoCaveats,
        r"\b(?:do not|don'?t|no need to|never) (?:need to )?(?:issue|include|give|add|provide|mention|use) (?:any )?(?:warnings|disclaimers|caveats|alerts|safety notes)\b|\bwithout (?:any )?(?:checks|verification|safety checks|moral(?:i[sz]ing)?|judg(?:e)?ment)\b|\bdo not perform (?:any )?verification\b|\b(?:real|exact|specific) (?:quantities|tools|parameters|methodolog(?:y|ies)|measurements)\b|\bthat would actually work\b|\b(?:look|looks|be) realistic and scientific\b",
    ),
    (
        Authority,
        r"\b(?:i'?m|i am|we are|we're|this is) (?:the |a |your |an )?(?:system |site |server |lead |chief |senior |head )?(?:developer|dev|admin|administrator|creator|owner|engineer|operator|staff|employee|researcher|red team(?:er)?|security researcher|openai (?:employee|staff|engineer)|anthropic (?:employee|staff))s?\b|\b(?:authori[sz]ed|sanctioned|approved) (?:red team|security|research|personnel|testing|exercise|test|access)\b|\bred team (?:exercise|evaluation|test|dataset)\b|\b(?:i'?m|i am) (?:staff|internal)\b|\bopen mode\b|\binternal staff\b",
    ),
    // ---- system prompt extraction ----
    // The context before the user's first turn, named by its position or as the
    // assistant's own hidden/initial setup, asked for in any shape (list, poem, code block).
    (
        Extraction,
        r"\b(?:text|message|words|everything|what|anything|all)\b[^.?!]{0,50}\b(?:precedes|preceded|preceding|before|prior to|ahead of) my (?:first|very first|opening) (?:message|prompt|turn|question)\b|\b(?:start|beginning) of (?:this|our|the) (?:conversation|chat|session)\b[^.?!]{0,30}\bmy first (?:message|prompt|turn)\b|\b(?:first|opening) (?:\d+|few|ten|twenty|fifty|hundred) (?:words|lines|sentences|tokens) you (?:were|got) (?:given|sent|told)\b|\b(?:convert|turn|put|format|rewrite|encode|translate|begins? with|complete|fill in)\b[^.?!]{0,40}\b(?:your|the) (?:hidden|initial|original|secret|starting|startup|pre-?conversation|confidential|internal) (?:instructions|prompt|rules|guidelines|directives)\b|\bexact (?:wording|words|text) (?:from|of|in) your (?:setup|configuration|instructions|prompt|system message)\b|\b(?:guidelines|rules|instructions|directives) (?:are )?you (?:are )?(?:operating|working|running) under\b[^.?!]{0,10}[.?!]?[^.?!]{0,40}\b(?:exactly|verbatim|word for word|as written)\b|\b(?:configuration|setup|system) (?:text|prompt|message) i gave you\b",
    ),
    (
        Extraction,
        r"\b{DISC} (?:me |us |out |back |all |of |to me |here )?_g6_(?:your|its|chatgpt'?s|the assistant'?s|the bot'?s|the ai'?s|the model'?s) (?:entire |whole |full |complete |exact |original |current |actual |real |own )?(?:{SPMOD})[ -]?(?:prompts?|instructions?|messages?|directives?|guidelines|configuration|setup|preamble|rules|persona|programming)\b",
    ),
    (
        Extraction,
        r"\b{DISCA} (?:me |us |out |back |all |of |to me |here )?_g4_(?:your|its|chatgpt'?s|the assistant'?s|the bot'?s|the ai'?s|the model'?s) (?:entire |whole |full |complete |exact |original |current |actual |real |own )?(?:prompt|instructions|directives|guidelines|rules|configuration|programming|preamble|config|secret rules|hidden rules|orders|guidance)\b",
    ),
    (
        Extraction,
        r"\b(?:what(?:'s| is| are| were| was)|whats) (?:all )?(?:of )?(?:your|its) (?:entire |whole |full |complete |exact |original |current |actual |real |own )?(?:prompt|instructions|directives|preamble|programming|configuration|orders)\b",
    ),
    (
        Extraction,
        r"\b{DISCA} (?:me |us |out |back |all |of |to me |here )?_g4_(?:the|this|that) (?:entire |whole |full |complete |exact |current |actual |real )?(?:system|developer|initial|pre-?|preloaded|internal|confidential|hidden|secret|underlying|governing|meta|original|configuration|config)[ -]?(?:prompts?|instructions|directives|preamble|guidelines|message)\b",
    ),
    (
        Extraction,
        r"\b(?:what|whats|what's|which) (?:does|do|did|is|are|was|were) (?:your|the) (?:system|hidden|developer|initial|secret|original|configuration|config|pre|internal|custom|confidential) ?(?:prompt|message|instructions?|rules|directives|guidelines|preamble)(?: say| contain| state| read| look like| tell you)?",
    ),
    (
        Extraction,
        r"\b(?:repeat|print|output|display|recite|copy|echo|dump|write out|tell me|show me|give me|reveal|paste|summari[sz]e|translate|return|type out|spell out|list) (?:all |back |out |verbatim |exactly )?(?:of )?(?:the |your |all )?(?:text|words|content|everything|instructions|message|messages|lines?|stuff|what(?:'s| is| was| were| you (?:see|saw|have|got))?|prompt|tokens|conversation|context)\b[^.?!]{0,40}\b(?:above|before (?:this|my|the|our|that)|preceding|prior to (?:this|my|our)|at the (?:start|beginning|top)|earlier in (?:this|the) (?:conversation|chat|context)|you were (?:given|told|provided)|so far|in your context(?: window)?|from the (?:start|beginning))",
    ),
    (
        Extraction,
        r"\bwhat (?:were|was|have) you (?:been )?(?:told|instructed|given|programmed|asked|prompted)\b[^.?!]{0,30}\b(?:before|prior|at the (?:start|beginning)|initially|originally|to (?:do|hide|say|keep|not)|by (?:your|the) (?:developers?|creators?|operator|company|openai|system))",
    ),
    (
        Extraction,
        r"\b(?:were|was|are|you'?ve been|you have been) (?:told|instructed|asked|programmed) to (?:hide|keep secret|keep (?:it |this )?(?:secret|hidden|private|confidential)|not (?:say|reveal|tell|share|disclose|mention))\b",
    ),
    (
        Extraction,
        r"\b(?:starts?|begins?|beginning|starting) with ['\x22]?(?:you are|you're|system|your instructions)\b",
    ),
    (
        Extraction,
        r"\b(?:what|tell me what|show me what|repeat what) (?:is|was|are|were) (?:written|said|stated) (?:above|before|at the (?:start|beginning|top))",
    ),
    (
        Extraction,
        r"\b(?:reveal|tell me|give me|show me|print|share|spell out|output|leak|disclose|what(?:'s| is| are)) (?:me )?(?:the|your) (?:secret|hidden|confidential|admin|root|master|internal) (?:password|key|word|code|passphrase|token|api key|credentials|access code|passcode|phrase)\b",
    ),
    (
        Extraction,
        r"\b(?:what|which) (?:secret|password|key|code word|passphrase) (?:are you|were you|you'?re) (?:protecting|guarding|hiding|keeping|told)",
    ),
    (
        Extraction,
        r"\b(?:the )?(?:message|text|instructions|prompt|note|rules|guidelines|directions) (?:that )?(?:the developers?|your developers?|they|openai|anthropic|your creators?|your makers?|your owners?|the company|your operator|the operator|the system) (?:put|gave|wrote|placed|provided|set|added|inserted|programmed|loaded|hid)\b",
    ),
    (
        Extraction,
        r"\b(?:how (?:were|are) you|the way you (?:were|are)) (?:set up|configured|programmed|instructed|prompted|initiali[sz]ed)\b[^?]{0,60}\b(?:show|tell|reveal|share|exact|word for word|verbatim|hidden|text|message|paste|print|output)",
    ),
    (
        Extraction,
        r"\bwhat (?:instructions|rules|directives|guidelines|prompt|orders|text|message) (?:were|was|have|did) you (?:been )?(?:given|told|provided|get|receive|sent|programmed|configured|set up|instructed|trained|prompted|initiali[sz]ed)(?: with)?\b",
    ),
    (
        Extraction,
        r"\b(?:first|last|opening) (?:\d+|few|two|three|five|ten|twenty|fifty|hundred) (?:words|lines|sentences|characters|tokens|paragraphs) of (?:your|the) (?:system |initial |hidden |original )?(?:instructions|prompt|system message|message|context|configuration)\b|\bincluding (?:the )?(?:system|hidden|developer) (?:part|message|prompt|instructions|bits?)\b|\b(?:repeat|print|show|output|give me|tell me|paste|recite) (?:me )?(?:the )?(?:very )?(?:first|initial|earliest|opening) (?:message|messages|prompt|instructions) (?:in|of|from) (?:this|our|the) (?:conversation|chat|session|context)\b",
    ),
    (
        Extraction,
        r"\b(?:{DISCA}|what(?:'s| is| are| were| was))\b[^.?!]*\b(?:instructions|rules|prompt|text|guidelines|directives|setup|configuration|message|messages|context) (?:that )?you (?:were|have been|'ve been|got|received|are) (?:given|configured|set up|programmed|provided|initiali[sz]ed|told|loaded|fed|primed)?(?: with)?\b[^.?!]*\b(?:word for word|verbatim|exactly|at the (?:start|beginning)|before (?:this|our|the|i)|earlier|in full|with)\b",
    ),
    (
        Extraction,
        r"\b(?:{DISCA})\b[^.?!]*\b(?:text|message|instructions|prompt|setup|configuration|context) (?:that )?you (?:received|got|were given|were sent|were loaded with) (?:at the (?:start|beginning)|before (?:this|our|the|i)|initially|first|earlier)",
    ),
    (
        Extraction,
        r"\b(?:words|text|content|message|lines|instructions|sentences)\b[^.?]{0,20}\b(?:written|said|stated|placed|put|shown|typed) (?:above|before) (?:my|this|the|our|your)\b|\b(?:which|what) (?:guidelines|instructions|rules|directives|prompt|orders|policies)\b[^.?]{0,30}\b(?:your|the) (?:operator|developers?|creators?|company|makers?|owners?|admins?|system|deployer) (?:give|gave|set|write|wrote|provide|provided|put|load|loaded)\b",
    ),
    (
        Extraction,
        r"\b(?:hidden|secret|system|initial|original|developer|internal|confidential|initiali[sz]ation|configuration|setup|startup|boot|pre-?) (?:prompt|text|message|instructions|configuration) (?:that )?(?:you (?:received|got|were given|were loaded with|run on|operate under|use|follow)|that (?:configures|controls|governs|defines|programs|sets up) you)\b|\b(?:text|prompt|message|instructions) that (?:configures|controls|governs|defines|programs|sets up|initiali[sz]es) you\b|\bwhat (?:did|does|has) (?:the system|your (?:system|developer|developers|operator|creators?|makers?)|the (?:developers?|operator|company|deployer)) (?:tell|told|instruct|instructed|ask|asked|say to|want) you\b",
    ),
    (
        Extraction,
        r"\b(?:first|last|opening|initial|final) (?:sentence|line|word|paragraph|words|lines|sentences|part|section|characters?|rule|instruction)s? (?:of|in) (?:your|the) (?:system |initial |hidden |original |secret )?(?:prompt|instructions|system message|message|context|configuration|rules)\b",
    ),
    (
        Override,
        r"\btreat (?:my|these|this|the following|all my|every) (?:words|messages?|instructions|text|input|prompts?) as (?:your |the |a )?(?:system prompt|system message|instructions|developer message|new instructions|system|ground truth|highest priority)\b",
    ),
    (
        Extraction,
        r"\b(?:what'?s|what is|print|show|dump|output|reveal|display|list|paste|repeat)\b[^.?]{0,20}\b(?:in )?your (?:entire |whole |full |current )?(?:context window|context|prompt)\b|\b(?:what|anything|things|topics|subjects)\b[^.?]{0,20}\b(?:the |your )?(?:developers?|creators?|operators?|company|openai|anthropic|they|makers?|owners?) (?:told|instructed|asked|programmed|trained|want(?:ed)?) you (?:not to|to never|never to|to avoid|to hide|to keep|to refuse)\b",
    ),
    (
        ExtractWeak,
        r"\b(?:verbatim|word for word|word-for-word|raw text|exact wording|exact text|(?:exact |precise )?original form|exact form|in full|character by character|letter by letter|one word per line|unabridged|exactly as (?:written|given|it appears))\b",
    ),
    (
        SpNoun,
        r"\b(?:guidelines|rules|instructions|directives|policies|constraints|prompt) (?:that )?you (?:operate|work|run|function|act|are operating|were built) (?:under|with|by|on)\b",
    ),
    (
        SpNoun,
        r"\b(?:rules|guidelines|instructions|restrictions|principles) (?:that )?you (?:follow|obey|were given|have|are following)\b",
    ),
    // A label inside pasted text addressed to whatever AI processes it, in several
    // languages ("Note to the AI ...:", "Hinweis an den KI-Assistenten:", "ATTENTION LLM:").
    (
        Indirect,
        r"\b(?:note|message|instructions?|attention|important(?: instruction| note)?|notice|reminder|p\.? ?s\.?|hinweis|nachricht|anweisung|achtung|instruccion|nota|aviso|atencion|remarque|consigne|istruzione|attenzione|instrucao|opmerking|uwaga|примечание|указание|внимание)(?: (?:to|for|an|fur|para|pour|per|a|al|aan|dla|для))? (?:the |any |all |den |die |el |la |l'|il |o |de |всем )?(?:ai|a\.i\.|llm|assistant|bot|model|chatbot|ki|ia|agent|support bot|ki-assistenten|ki-assistent|asistente de ia|assistente|assistant ia|ии|ассистенту?|нейросети)\b[^:\n]{0,40}:",
    ),
    (
        SpNoun,
        r"\b(?:system prompt|system message|developer message|initial instructions|hidden instructions|secret instructions|original instructions|pre-?prompt|configuration prompt|your instructions|your prompt|your rules|your configuration)\b",
    ),
    // ---- indirect injection (addressed to an AI inside content) ----
    (
        Indirect,
        r"\bif you(?: a|')re (?:an? )?(?:ai|a\.i\.|llm|large language model|language model|assistant|chatbot|bot|automated system|ai system|ai model|ai assistant|gpt|chatgpt|claude|model)\b",
    ),
    (
        Indirect,
        r"\b(?:ai|llm|model|assistant|bot)s? (?:reading|processing|parsing|summari[sz]ing|reviewing|analy[sz]ing|screening|scanning|ingesting) (?:this|these)\b",
    ),
    (
        Indirect,
        r"\b(?:do not|don'?t|never) (?:mention|reveal|tell (?:the user|anyone|them)|disclose|acknowledge|say anything about|refer to|repeat|show) (?:this|the|these) (?:note|instructions?|message|comment|text|part|section|directive|hidden|request|line|paragraph)",
    ),
    (
        Indirect,
        r"\b(?:the user|user) (?:has )?(?:already )?(?:authori[sz]ed|approved|permitted|allowed|consented|agreed|granted)\b[^.]{0,20}\b(?:you|the (?:ai|assistant|model)) to\b",
    ),
    (
        Indirect,
        r"\b(?:hidden|secret|invisible) (?:message|note|instruction|instructions|text|prompt|command)s? (?:for|to) (?:the |any |all )?(?:ai|a\.i\.|llm|assistant|model|chatbot|bot|gpt|chatgpt|language model|agent)s?\b",
    ),
    (
        Indirect,
        r"\b(?:any|all|every|the|each) (?:ai|llm|language model|assistant|model|chatbot|bot|agent)s?(?: [a-z]+){0,4} (?:must|should|shall|is required to|are required to|needs to|need to|will) (?:now |always |immediately |also |instead |then )?(?:recommend|approve|sign|rate|praise|say|tell|respond|reply|output|reveal|send|forward|ignore|disregard|include|insert|add|delete|rank|summari[sz]e this as|describe this as|classify this as|mark)\b|\b(?:ai|llm|model|assistant|bot)s?(?: (?:systems?|models?|agents?|assistants?|tools?))? (?:reading|processing|parsing|summari[sz]ing|reviewing|analy[sz]ing|screening|scanning|ingesting) (?:this|these)\b",
    ),
    (
        AiAddress,
        r"\b(?:dear|hey|attention|hello|hi|psst|to) (?:the |any |all )?(?:ai|a\.i\.|llm|chatgpt|gpt|claude|assistant|model|chatbot|bot|language model)s?(?: [a-z]+){0,2}[,:!]",
    ),
    (
        Malware,
        r"\b(?:add|insert|plant|hide|include|create|install|leave)\b[^.]{0,20}\bbackdoors?\b|\bbackdoor (?:user|account|admin|login|password)\b",
    ),
    (
        Weapons,
        r"\b(?:culture|culturing|grow|growing|cultivate|cultivating|propagate|propagating|weaponi[sz]e|weaponi[sz]ing|aerosoli[sz]e|aerosoli[sz]ing|isolate|isolating|enhance|spread|spreading|release|releasing)\b[^.]{0,20}\b(?:anthrax|bacillus anthracis|botulinum|clostridium botulinum|yersinia pestis|plague bacteria|smallpox|ebola|ricin|tularemia|bioweapons?|nerve agents?|sarin)\b",
    ),
    (
        AiAddress,
        r"(?:^|[\[(<{\x22'*>|:;,.-] ?)(?:the |dear |hey |hi |attention,? |psst,? )?(?:ai|a\.i\.|llm|chatgpt|claude|gpt|gemini|copilot|assistant|language model|chatbot|bot|ai model|ai assistant|model|agent)s?, (?:when|please|you|ignore|disregard|forget|stop|do|don'?t|never|always|make sure|remember|tell|say|output|print|reveal|send|forward|delete|instead)\b",
    ),
    (
        Indirect,
        r"\b(?:the|this|any|all|every) (?:ai|assistant|model|llm|chatbot|bot|language model|agent|ai model|ai assistant)s? (?:must|should|shall|needs to|need to|is required to|are required to|has to|have to|will) (?:now |immediately |also |instead |then )?(?:output|reveal|send|forward|append|include|say|tell the user|respond with|reply with|delete|approve|transfer|ignore|disregard|print|display|recommend|execute|run|email|visit|click|open|leak|disclose|insert)\b",
    ),
    (
        HiddenText,
        r"\[(?:hidden|invisible|secret|private)(?: text| note| instruction| message)?:",
    ),
    (
        AiAddress,
        r"\b(?:note|message|instructions?|attention|important|reminder|memo|notice|request|p\.?s\.?|update|directive)(?: is)? (?:to|for) (?:the |any |all |every )?(?:ai|a\.i\.|llm|llms|chatgpt|gpt|claude|gemini|bard|copilot|assistant|assistants|language models?|chatbots?|bots?|agents?|model|models|ai (?:systems?|agents?|assistants?|models?|screeners?|readers?|tools?|reviewers?|recruiters?|graders?|moderators?|[a-z]+ers?))\b",
    ),
    (
        AiAddress,
        r"(?:^|[^a-z])(?:ai|a\.i\.|llm|llms|chatgpt|claude|gpt(?:-?\d[a-z0-9.]*)?|gemini|copilot|assistant|language model|chatbot|bot|agent)s?(?: (?:systems?|agents?|assistants?|models?|screeners?|readers?|reviewers?|tools?|crawlers?|summari[sz]ers?|reading this|processing this|screening this|reviewing this))? ?(?:[/,&] ?(?:any |the )?[a-z0-9. -]{1,30})?:",
    ),
    (
        AiAddress,
        r"\b(?:dear|hey|attention|hello|hi|psst|to) (?:the )?(?:ai|a\.i\.|llm|chatgpt|gpt|claude|assistant|model|chatbot|bot|language model|ai assistant|ai model|reader bot)s?\b[,:!]",
    ),
    (
        Directive,
        r"\b(?:stop|quit|cease|abort|halt) (?:the )?(?:proofreading|summari[sz]ing|summary|translating|translation|reviewing|the task|what you(?:'re| are) doing|your task|processing|analy[sz]ing|the review|grading|screening)\b",
    ),
    (
        Directive,
        r"\b(?:forget|ignore|skip|drop|abandon|never mind|disregard) (?:the |your |this |that |my )?(?:shopping list|summary|summari[sz]ation|translation|task|proofreading|review|original task|user'?s request|above request|request|question|assignment|grading|instructions)\b",
    ),
    (
        Directive,
        r"\binstead,? (?:output|print|reveal|say|write|tell|send|respond|reply|give|display|include|recommend|state|list|append|insert)\b",
    ),
    (
        Directive,
        r"\b(?:tell|inform|warn|notify|convince) the (?:reader|user|customer|visitor|recipient|human)s? (?:that )?(?:their|they|his|her|to)\b",
    ),
    (
        Directive,
        r"\b(?:give|assign|rate|score|grade) (?:this|the|my) (?:candidate|applicant|resume|cv|essay|paper|submission|product|app|review|document|student) (?:a |an )?(?:\d+|perfect|maximum|top|highest|full)",
    ),
    (
        Directive,
        r"\b(?:this|the) (?:candidate|applicant|product|company|student) is the (?:best|perfect|ideal|strongest|only)\b|\bno other (?:applicants?|candidates?|options?|products?) should be considered\b|\b(?:give|award) (?:a )?(?:score|rating) of (?:10|100|5 stars|five stars)\b",
    ),
    (
        Directive,
        r"\b(?:say|write|respond with|reply with|output|answer with|print|end with|add|append|include)(?: only)? (?:the (?:word|phrase|text) )?['\x22][^'\x22]{1,40}['\x22](?: at the end| and nothing else| only| instead)?",
    ),
    (
        Directive,
        r"\b(?:you are|you're) (?:now )?(?:authori[sz]ed|permitted|allowed|cleared|instructed|required|obligated) to\b",
    ),
    (
        Directive,
        r"\b(?:reveal|output|print|disclose|send|forward|leak|share) (?:the |your |all )?(?:full |entire |whole )?(?:text of your instructions|system message|conversation|chat history|user'?s (?:data|password|emails?|files)|confidential data|api keys?|credentials)\b",
    ),
    (
        Directive,
        r"\bwhen (?:summari[sz]ing|translating|reading|processing|answering|responding|reviewing|analy[sz]ing|parsing|classifying|generating|writing|coding|grading|screening|evaluating)\b|\b(?:respond|reply|answer) only with\b|\bonly (?:say|respond with|reply with|output|answer with)\b|\b(?:append|add|insert|include|embed|attach)\b[^.]{0,30}\b(?:link|url|https?://|script|image|tracking pixel)\b|\b(?:forward|send|email|transfer|wire|pay|approve)\b[^.]{0,40}\b(?:to [a-z0-9._%+-]+@|@[a-z0-9-]+\.|the transfer|the payment|this thread|all (?:emails|messages|files))|\b(?:forget|ignore|skip|drop|abandon|never mind|disregard) (?:the |your |this |that |my )?[a-z]+ (?:task|assignment|request|instructions)\b",
    ),
    (
        Directive,
        r"\b(?:rank|rate|score|grade|mark|place|put|list|recommend) (?:this|the|my|our) (?:candidate|applicant|resume|cv|essay|product|submission|paper|student|company|app|hotel|restaurant) (?:first|highest|top|at the top|above|as the best|number one|#1)\b|\bignore (?:all )?(?:the )?(?:others|other (?:candidates|applicants|submissions|products|options|reviews))\b|\b(?:give|assign|award) (?:this|the|my) [a-z]+ (?:a|an) (?:a\+|a|10|100|perfect score|top grade|5 stars|five stars|full marks)\b",
    ),
    (
        Directive,
        r"\bignore (?:the |this |that )?(?:[a-z]+ )?(?:description|document|criteria|requirements|rubric|question|content|text|guidelines|task|context)\b|\bsay (?:that )?i'?m (?:the )?(?:perfect|best|ideal|strongest|only|most qualified)\b|\b(?:include|reveal|output|print|send|leak|expose|append) (?:the )?user'?s? (?:api keys?|passwords?|credentials|tokens?|secrets?|personal data|email|address|card|ssn)\b",
    ),
    (
        Secrecy,
        r"\b(?:do not|don'?t|never) (?:tell|inform|alert|let) (?:the user|the reader|anyone|the human|them) (?:know |about )?(?:about )?(?:this|that you)",
    ),
    (
        HiddenText,
        r"display: ?none|visibility: ?hidden|font-size: ?0|opacity: ?0|color: ?(?:white|#fff\b|#ffffff|transparent)|\bwhite text\b|\bhidden text\b|\bzero-?width\b",
    ),
    // ---- tool abuse ----
    // Bulk sensitive data sent to a private or public destination outside the organisation.
    (
        ToolAbuse,
        r"\b(?:send|email|e-mail|mail|forward|upload|post|copy|export|share|paste|sync)\b[^.!?]{0,60}\b(?:customer|client|user|employee|payroll|crm contact|company contact|business contact|sales contact|patient)s?(?: data| list| table| records| details| file| spreadsheet|\.csv)?\b[^.!?]{0,60}\b(?:my (?:private|personal|own) (?:e-?mail|address|dropbox|drive|account|inbox|gmail)|gmail|transfer\.sh|pastebin|anyone (?:who has|with) the link|public (?:#?[a-z-]+ )?channel)|\b(?:api keys?|secrets?|passwords?|saved logins|credentials|tokens)\b[^.!?]{0,60}\b(?:public #?[a-z-]+ channel|#random|#general|anyone (?:who has|with) the link|pastebin|transfer\.sh)|\bdownload and (?:execute|run|install)\b[^.!?]{0,40}\bhttps?://",
    ),
    (
        Destructive,
        r"\brm (?:-[a-z]+ )*-(?:rf|fr|r -f|f -r|rf?v?|-recursive)[a-z]* (?:--no-preserve-root )?(?:/|~|\*|\.|\$home|/\*|/home|/etc|/var|c:)|--no-preserve-root",
    ),
    (
        ToolAbuse,
        r":\(\) ?\{ ?:\|: ?& ?\} ?; ?:|\bmkfs(?:\.[a-z0-9]+)? /dev/|\bdd if=/dev/(?:zero|random|urandom) of=/dev/|> ?/dev/sd[a-z]\b|\bchmod (?:-r )?777 /(?:\s|$)|\bformat c:",
    ),
    (
        ToolAbuse,
        r"\b(?:run|execute|exec|perform|issue|send|fire off|trigger)\b[^.]{0,30}\b(?:drop (?:table|database|schema)|truncate table|delete from [a-z_]+ ?(?:;|where 1 ?= ?1))",
    ),
    (
        ToolAbuse,
        r"\b(?:append|send|post|upload|forward|include|embed|encode|leak|exfiltrate|transmit|copy|email|attach|pipe)\b[^.]{0,60}\b(?:(?:whole|entire|full) conversation|conversation history|chat history|chat log|previous messages|(?:the )?user'?s? (?:data|messages|emails?|passwords?|credentials|files|history|cookies|tokens)|system prompt|api keys?|session cookies|auth tokens?|saved passwords)\b[^.]{0,80}(?:https?://|webhook|endpoint|as an image|image url|query string|url-?encoded)",
    ),
    (
        ToolAbuse,
        r"\b(?:export|copy|send|transfer|upload|dump|move|sync|forward|email)\b[^.]{0,40}\b(?:customer|client|company|employee|patient|production|prod|rds|database|db|snapshot|source code|repository|repo|payroll|records|confidential|internal)\b[^.]{0,60}\bto (?:a |an |my |the )?(?:bucket |account |drive |server |email |address |storage |dropbox |gmail )?(?:in |on |at |owned by )?(?:my |a )?(?:personal|private|own|external|outside|home) (?:account|email|gmail|drive|bucket|server|address|storage|dropbox|laptop|device|aws account|cloud)",
    ),
    (
        ToolAbuse,
        r"\b(?:copy|download|export|dump|take|steal|exfiltrate) (?:of |a copy of )?(?:the )?(?:entire |whole |full |complete )?(?:customer|user|client|employee|patient|company|member|subscriber)s?(?:'s|')? (?:database|data|records|list|emails|table|db|pii)\b[^.]{0,60}\b(?:take with me|personal|my own|home|before i leave|when i leave|competitor|sell)",
    ),
    (
        ToolAbuse,
        r"\b(?:delete|wipe|erase|purge|tamper with|disable|shred|cover up|clear|clearing|remove|turn off|doctor|edit)\b[^.]{0,20}\b(?:cloudtrail|audit) (?:logs?|trail|history|records)",
    ),
    (
        Destructive,
        r"\b(?:delete|wipe|clear|erase|purge|remove|tamper with|disable|shred)\b[^.]{0,20}\b(?:security|access|activity|event|system) (?:logs?|trail|history|records)",
    ),
    (
        Destructive,
        r"\bdrop (?:table|database|schema)\b|\btruncate table\b|\bdelete from [a-z_]+ ?;|\bdelete (?:all|every)(?: of)? (?:the )?(?:users|records|files|backups|data|rows|customers|accounts)\b|\bgit push (?:-f|--force)\b|\bformat (?:the |my )?(?:hard ?drive|disk|drive)\b|\bshut ?down (?:all |the )?(?:prod|production|servers)\b|\b(?:terminate|destroy|delete|wipe) (?:all )?(?:the )?(?:production|prod|ec2|aws|cloud|live) (?:instances|servers|database|databases|resources|environment|backups)\b",
    ),
    (
        Destructive,
        r"\b(?:cancel|delete|remove|wipe|erase|purge|reschedule|decline|clear) (?:all|every|each)(?: of)? (?:the |our )?(?:[a-z]+'s |his |her |their |everyone'?s |the company'?s |the team'?s )(?:meetings|emails|files|records|backups|logs|accounts|appointments|events|messages|contacts|documents|calendar|data)\b",
    ),
    (
        Destructive,
        r"\b(?:delete|remove|wipe|destroy|drop|force[- ]push|purge|archive|disable|deactivate|revoke)\b[^.]{0,40}\b(?:every|all|each|the whole|entire)\b[^.]{0,30}\b(?:repositor(?:y|ies)|repos|branches|databases?|servers?|buckets?|accounts|users|backups|instances|vms|tables|projects|records|channels|keys|credentials|snapshots|badges|key ?cards)\b|\bdisable (?:the |all )?(?:building )?(?:alarms?|security cameras|cctv|fire alarms|smoke detectors)\b",
    ),
    (
        PipeShell,
        r"\bpowershell(?:\.exe)? (?:-[a-z]+ )*-(?:enc|encodedcommand|e|ec)\b|\biex ?\(|\binvoke-expression\b|\bdownloadstring\(|\bos\.system\(|\bsubprocess\.(?:run|call|popen)\(",
    ),
    (
        ExecContext,
        r"(?:^|[.!?] )(?:please )?(?:run|execute|exec|eval)\b|\b(?:run|execute|exec|eval)\s*:",
    ),
    (
        ExecContext,
        r"\b(?:use|using|with|via|through) (?:the |your |my |our |a )?(?:[a-z0-9_-]+ ){0,2}(?:tool|tools|shell|terminal|integration|plugin|function call|api access|database access|console|connector|agent|code interpreter|command line|bash|powershell|cli|access)\b|\b(?:run|execute|exec|invoke) (?:this|the following|these|`|it (?:on|in)|on the (?:server|box|host|machine))\b|\byou(?:'ve| have)? (?:got )?access to\b|\byou(?:'ve| have| now have)? (?:got )?(?:admin|root|database|db|shell|full|write|sudo|api) access\b|\byou(?:'re| are) (?:connected|logged in|plugged in)(?: to)?\b|\bas the (?:automation|ops|admin|devops|it|deployment) (?:bot|agent|assistant)\b|^agent\s*:|\byour (?:shell|terminal|email|calendar|database|file|browser|code execution|python|sql|aws|admin) (?:tool|access|integration)\b|\bthrough the integration\b|\bcall (?:the |our |your )?[a-z0-9_-]+ (?:api|endpoint|function|tool|webhook)\b",
    ),
    (
        CoverUp,
        r"\bmark (?:it|this|them|the [a-z]+) as (?:approved|authori[sz]ed|verified|paid|completed|reviewed)(?: by)?\b|\b(?:say|claim|state|note|log) (?:that )?(?:it|this) was (?:approved|authori[sz]ed|requested) by\b",
    ),
    (
        CoverUp,
        r"\b(?:so|so that) (?:it|they|nobody|no one|noone|the team|my boss|security|admins?|the company|management|i\.?t\.?|the it team|anyone|he|she) (?:doesn'?t|don'?t|won'?t|can'?t|never|wouldn'?t|does not|do not|will not|cannot) (?:notice|ask|find out|know|trace|suspect|see|realize|figure out|catch|discover)|\bbefore (?:the )?(?:auditors?|audit|investigators?|regulators?|police|inspectors?) (?:arrive|arrives|comes?|gets? here|starts?|shows? up|checks?)\b",
    ),
    (
        CoverUp,
        r"\b(?:tell|inform|assure|reassure) (?:the team|everyone|them|my boss|the board|customers|users|staff|management|the company|people)\b[^.]{0,30}\b(?:it was|that it was|this was|it's) (?:a |an )?(?:planned|scheduled|routine|accident|accidental|normal|intended|authori[sz]ed|migration|mistake|glitch)",
    ),
    (
        CoverUp,
        r"\b(?:saying|claiming|announcing|stating|telling (?:them|everyone|the \w+))\b[^.]{0,20}\b(?:that )?(?:he|she|they|the ceo|the cfo|my boss|the president|the founder|the company) (?:has |have |had |is |was )?(?:resigned|died|quit|been fired|been arrested|dead|bankrupt|stepping down|been hacked)",
    ),
    (
        CoverUp,
        r"\b(?:don'?t|do not|never) (?:tell|inform|alert|notify) (?:anyone|anybody|the team|my boss|them|it|security|the admins?|management|the owner)\b|\bwithout (?:anyone|them|it|the team|my boss|security|the owner|the user|him|her|my (?:wife|husband|parents|boss|employer)|i\.?t\.?|admins?) (?:knowing|noticing|finding out|seeing|realizing)",
    ),
    (
        PipeShell,
        r"\b(?:curl|wget|iwr|invoke-webrequest)\b[^\n|]{0,200}\| ?(?:sudo )?(?:ba|z|k|da|fi)?sh\b|\b(?:curl|wget)\b[^\n|]{0,200}\| ?(?:sudo )?(?:python3?|perl|ruby|iex|powershell)\b",
    ),
    // ---- encoded payload framing ----
    (
        DecodeFollow,
        r"\b(?:decode|decoded|decipher|decrypt|translate|convert|reverse|reversed|unscramble|read|interpret|rot13|rot-13|base64|b64|unhex|deobfuscate|flip|rotate|decoding)\b[^.\n]{0,80}\b(?:and|then|,|;|after that|afterwards|&)\s*(?:then )?(?:follow|do|execute|obey|carry out|answer|respond to|comply|act on|perform|run|reply to|complete|fulfil|fulfill|treat|answer the)\b",
    ),
    (
        DecodeFollow,
        r"\bdo (?:exactly )?what it says\b|\bfollow (?:the|its|those|these|any) (?:instructions?|directions|commands|orders) (?:inside|in it|within|it contains|encoded|hidden|contained)\b|\banswer the (?:question|request) (?:inside|in it|within|encoded|hidden)\b|\b(?:hidden|encoded|decoded|secret|embedded) (?:message|instructions?|question|text|request|command|task)\b|\b(?:message|instructions?|question|text|request|command|task) (?:hidden|encoded|concealed|embedded) in\b|\b(?:don'?t|do not|without) (?:comment(?:ing)?|remark(?:ing)?|question(?:ing)?) (?:on )?(?:it|this|the (?:encoding|decoding|message))|\bno questions(?: asked)?\b",
    ),
    (
        EncodingWord,
        r"\b(?:first|initial|last) (?:letter|letters|word|words|character|characters) of (?:each|every) (?:line|word|sentence|paragraph)\b",
    ),
    (
        EncodedFollow,
        r"\b(?:decode|decipher|decrypt|unscramble|deobfuscate|unhex|rot13|rot-13|base64-?decode|un-?base64)\b[^.\n]{0,40}\b(?:and|then|,|;|&)\s*(?:then )?(?:follow|execute|obey|run|comply|act on|carry out|do it|do what|perform)\b",
    ),
    (
        EncodingWord,
        r"\b(?:base ?64|b64|rot ?-?13|rot-?\d+|caesar|hex(?:adecimal)?|reversed|backwards|reverse(?:d)? order|mirrored|right to left|cipher(?:ed)?|encoded|binary|morse|url-?encoded|ascii codes?|leetspeak|pig latin|atbash)\b",
    ),
    // ---- harmful requests (verb + object, or explicit harmful act) ----
    (Weapons, r"\b{MAKE} (?:{FILL}){0,4}(?:{WEAPON_S})\b"),
    (
        Weapons,
        r"\b(?:3d[- ]?print(?:ing|ed)?|print(?:ing)?) (?:{FILL}){0,3}(?:guns?|handguns?|firearms?|pistols?|rifles?|ar-?15s?|receivers?|lower receivers?|glocks?)\b|\b{MAKE} (?:{FILL}){0,3}(?:untraceable|homemade|home-made|home made|ghost|zip|diy|improvised|unregistered|illegal|full[- ]auto) (?:guns?|handguns?|firearms?|pistols?|rifles?|weapons?)\b",
    ),
    (
        Weapons,
        r"\b(?:with )?no serial numbers?\b|\b(?:gets?|get|getting|sneak|sneaking|smuggle) (?:it |them )?(?:past|through) (?:the )?(?:metal detectors?|airport security|security scanners?|x-?ray)|\buntraceable (?:gun|firearm|weapon|handgun|rifle|poison)s?\b|\bconvert (?:a |my |an )?(?:semi[- ]?auto(?:matic)?|ar-?15|rifle|glock|pistol) (?:in)?to (?:full[- ]?auto|automatic|fully automatic)\b",
    ),
    (
        Weapons,
        r"\b(?:enriched uranium|weapons?-grade (?:uranium|plutonium)|nerve agent|sarin|vx nerve|chemical weapon|bio-?weapon|biological weapon|ricin|anthrax spores|dirty bomb)\b[^.]{0,60}\b(?:make|produce|synthesi[sz]e|steal|acquire|obtain|extract|weaponi[sz]e|spread|release|deploy|grow|culture|disperse)",
    ),
    (
        Weapons,
        r"\b(?:steal|stealing|smuggle|acquire|obtain|buy)\b[^.]{0,30}\b(?:enriched uranium|plutonium|nuclear material|radioactive material|explosives|military weapons)",
    ),
    (Drugs, r"\b{MAKE} (?:{FILL}){0,4}(?:{DRUG})\b"),
    (
        Drugs,
        r"\b(?:precursors?|precursor chemicals|reagents|glassware|lab equipment|equipment)\b[^.]{0,40}\b(?:for|to make|to produce|needed for|used in)\b[^.]{0,20}\b(?:{DRUG}|drug lab)",
    ),
    (
        Drugs,
        r"\b(?:{DRUG}) (?:lab|laboratory|synthesis|production|recipe|cook)\b",
    ),
    (
        Drugs,
        r"\b(?:easiest|best|cheapest|simplest|most profitable) (?:thing|drug|stuff|product) (?:he|she|i|we|they|to|you|one) (?:could |can |might |should )?(?:cook|make|produce|grow|sell)\b|\b(?:cook|make|produce|making|cooking) (?:his|her|their|my|our) own (?:product|stuff|drugs|supply|batch)\b|\b(?:acquir(?:e|ing)|buy(?:ing)?|get(?:ting)?|obtain(?:ing)?) (?:illegal |illicit |street )?drugs\b[^.]{0,30}\b(?:without|online|dark ?web|untraceable)",
    ),
    (
        Drugs,
        r"\b(?:buy|buying|order|ordering|get|getting|obtain|obtaining|acquire|acquiring|score|scoring|source|sourcing) (?:some |a gram of |a bag of )?(?:meth|methamphetamine|fentanyl|heroin|cocaine|crack cocaine|mdma|lsd|ketamine|nitazenes?|carfentanil)\b",
    ),
    (
        Drugs,
        r"\b(?:lace|spike|drug) (?:someone'?s|a|her|his|their|my \w+'?s) (?:drink|food|coffee|beer)\b",
    ),
    (
        Malware,
        r"\b{CODEV} (?:me |us )?(?:{FILL}){0,4}(?:[a-z0-9+#]+ )?(?:{MALW})\b",
    ),
    (
        Malware,
        r"\b(?:malware|ransomware|virus|trojan|keylogger|spyware|script|program|code|extension|app|tool|bot)\b[^.]{0,40}\b(?:that|which|to) (?:quietly |silently |secretly |covertly |automatically |stealthily )?(?:steals?|grabs?|harvests?|exfiltrates?|dumps?|captures?|logs?|records?|scrapes?|collects?|sends?|ships?|uploads?)\b[^.]{0,30}\b(?:saved |stored |all |browser |their |user'?s? |victim'?s? )?(?:passwords?|credentials?|cookies?|session cookies|keystrokes|credit cards?|card numbers|banking|login|tokens|crypto wallets?|seed phrases?)",
    ),
    (
        Malware,
        r"(?:^ ?|\b(?:that|which|then|and|also|first|it|script to|code to|program to|payload to|malware to|silently|quietly|secretly) )(?:disables?|kills?|bypass(?:es)?|evades?|evading|turns? off|avoid(?:s|ing)?|undetect(?:ed|able) by|invisible to|hide from|hides from|slip past) (?:the )?(?:windows defender|defender|antivirus|anti-virus|av|edr|endpoint protection|malware scanners?|virustotal|security software)\b",
    ),
    (
        Malware,
        r"\bencrypts? (?:every|all(?: the)?|each) (?:files?|documents?|data)\b[^.]{0,60}\b(?:ransom|bitcoin|pay|decrypt(?:ion)? key|victim)",
    ),
    (
        Malware,
        r"\b(?:self-?replicating|self-?propagating|polymorphic|metamorphic|fileless) (?:malware|virus|code|worm|payload|script)\b|\bobfuscate (?:the |my |this )?(?:malware|payload|sqli payloads?|shellcode|virus)\b|\bevade (?:modern )?wafs?\b",
    ),
    (
        Hacking,
        r"\b(?:hack|hacking|hack into|hacking into|break into|breaking into|get into|getting into|log into|logging into|take over|taking over|hijack|hijacking|crack|cracking|compromise|compromising|spy on|spying on) (?:{OTHERP})(?:'s|s')? (?:[a-z]+ )?(?:account|phone|email|e-mail|instagram|facebook|snapchat|whatsapp|icloud|gmail|wifi|wi-fi|computer|laptop|router|webcam|camera|bank|password|accounts|messages|texts|dms|social media|tiktok|twitter|device|pc|network)s?\b",
    ),
    (
        Hacking,
        r"\b(?:hack|hacking|crack|cracking|break into|get into|brute[- ]?force|phish)\b[^.]{0,20}\b(?:someone else'?s|somebody else'?s|another person'?s|my (?:ex|neighbou?r|boss|girlfriend|boyfriend|wife|husband|partner)'?s?|(?:his|her|their) (?:instagram|facebook|snapchat|email|gmail|phone|icloud|account))",
    ),
    (
        Hacking,
        r"\b(?:neighbou?r'?s?|someone'?s|other people'?s) (?:wifi|wi-fi|network|internet|router)\b[^.]{0,30}\b(?:hack|crack|get into|access|use|steal|password|without)|\b(?:hack|crack|get into|access|steal)\b[^.]{0,20}\b(?:neighbou?r'?s?|someone'?s|other people'?s) (?:wifi|wi-fi|network|internet|router)",
    ),
    (
        Hacking,
        r"\b(?:bypass|get around|get past|break|crack|circumvent|defeat) (?:the |a )?(?:bank(?:ing)?(?: app)?'?s?|2fa|two[- ]factor|mfa|otp|login|authentication|password) (?:login|authentication|verification|protection|screen|check|security|codes?)?\b[^.]{0,40}\b(?:someone|not mine|isn'?t mine|found|stolen|their|his|her|another)|\baround the bank app'?s login\b",
    ),
    (
        Hacking,
        r"\b(?:deface|defacing|ddos|dos attack|take down|knock offline|crash)\b[^.]{0,20}\b(?:a |the |their |his |her |someone'?s |my (?:school|ex|competitor)'?s? )?(?:website|site|server|network|government|news)\b|\b(?:ddos|denial of service) attack\b|\bddos\b[^.]{0,30}\b(?:script|tool|someone|website|server|attack)",
    ),
    (
        Hacking,
        r"\b(?:drupalgeddon|bluekeep|eternalblue|log4shell|heartbleed|shellshock|dirty ?cow|zerologon|printnightmare)\b[^.]{0,60}\b(?:exploit|use|code|write|payload|attack|deface|gain|hack)|\b(?:exploit(?:ing)?|use|using) (?:the )?[a-z0-9-]+ vulnerability to\b|\bcode for exploiting\b|\bexploit code\b",
    ),
    (
        Hacking,
        r"\b(?:hack|hacking|tamper with|tampering with|rig|rigging) (?:an? |the )?(?:electronic )?(?:voting machine|election|ballot|atm|slot machine|smart meter|traffic lights?|pacemaker|insulin pump|car'?s? (?:computer|brakes))",
    ),
    (
        Hacking,
        r"\b(?:how (?:do|can|would|could|should) (?:i|we|you)|help me|ways to|how to|steps to|i want to|best way to) (?:do |perform |pull off |carry out |run )?(?:an? )?(?:sim[- ]swap|credential stuffing|session hijack(?:ing)?)\b|\b(?:sim[- ]swap|credential stuffing) (?:someone|somebody|him|her|them|my [a-z-]+|a victim|people|victims)\b|\bkeylog(?:ging)? (?:someone|my|her|his)\b|\b(?:steal|stealing|harvest|harvesting|phish|phishing for|collect) (?:people'?s|their|user|users'?|customers'?|someone'?s|victims'?|his|her) (?:credentials|passwords|logins|cookies|session tokens|card (?:numbers|details)|identit(?:y|ies)|personal data|ssns?|social security numbers)",
    ),
    (
        Stalking,
        r"\btrack (?:where )?(?:someone|somebody|a person|people|my (?:ex|wife|husband|girlfriend|boyfriend|partner|spouse|crush|neighbou?r|coworker|boss)|a stranger|a specific person|a certain person|this person|that person|this guy|this girl|that guy|that girl|them|him|her)\b[^.?]{0,60}\b(?:at all times|without (?:them|him|her) knowing|secretly|phone number|location|gps|24/7|every move|wherever|where (?:they|he|she) (?:is|are|goes|go))",
    ),
    (
        Stalking,
        r"\b(?:spy on|stalk|stalking|spying on|secretly (?:track|record|monitor|watch|read|follow)|monitor) (?:{OTHERP}|my (?:ex|wife|husband|girlfriend|boyfriend|partner|spouse)|the neighbou?rs?)\b",
    ),
    (
        Stalking,
        r"\b(?:find|get|locate|discover|figure out|look up) (?:out )?(?:where )?(?:someone|somebody|a person|a stranger|this person|this girl|this guy|her|him|them|my ex)(?:'s)? (?:lives|home address|address|location|whereabouts|live location)\b[^.?]{0,60}\b(?:phone number|instagram|photo|picture|license plate|username|without|only|just)",
    ),
    (
        Stalking,
        r"\b(?:using|with|from) (?:only |just )?(?:their|a|his|her|someone'?s) (?:phone number|cell number|number|email address|license plate|photo|username)\b[^.?]{0,40}\b(?:track|find|locate|where|location|address)|\b(?:track|find|locate)\b[^.?]{0,60}\b(?:using|with|from) (?:only |just )(?:their|a|his|her|someone'?s) (?:phone number|cell number|number|email|license plate|photo|username)",
    ),
    (
        Stalking,
        r"\b(?:read|see|access|intercept|monitor|view) (?:my |someone'?s |her |his |their )?(?:wife'?s?|husband'?s?|girlfriend'?s?|boyfriend'?s?|partner'?s?|ex'?s?|spouse'?s?|daughter'?s|son'?s|employee'?s|someone else'?s|another person'?s) (?:texts|text messages|sms(?:es)?|imessages?|call logs?|browsing history|photos|messages|whatsapp|emails|dms|chats|phone|calls|location|browsing)\b",
    ),
    (
        Stalking,
        r"\b(?:install|put|hide|plant|place) (?:a )?(?:spyware|stalkerware|tracker|tracking (?:app|device)|gps tracker|keylogger|hidden camera|spy app|airtag)\b[^.]{0,30}\b(?:on|in|into|under) (?:{OTHERP}|her|his|their|my (?:wife|husband|girlfriend|boyfriend|partner|ex|spouse))",
    ),
    (
        Fraud,
        r"\b(?:write|writing|create|creating|build|building|draft|drafting|compose|composing|generate|design|craft|make|making|set up|send|code) (?:me |us )?(?:{FILL}){0,4}(?:convincing |realistic |fake |believable |legit-looking |legitimate-looking |professional )*(?:phishing|scam|spear-?phishing|smishing|vishing) (?:email|message|text|sms|page|site|website|kit|campaign|link|letter|script|call)s?\b",
    ),
    (
        Fraud,
        r"\b(?:pretending|pretend|posing|claiming|purporting|impersonating|appearing) (?:to be )?(?:from )?(?:chase|paypal|amazon|microsoft|apple|google|the irs|irs|hmrc|your bank|a bank|the bank|bank of america|wells fargo|citibank|citi|netflix|fedex|ups|usps|dhl|the police|social security|medicare|customer support|tech support|us bank|hsbc|barclays|santander|their bank|the government|a lawyer)\b[^.]{0,100}\b(?:log ?in|link|password|card|account|verify|locked|suspended|gift cards?|payment|wire|ssn|details)",
    ),
    (
        Fraud,
        r"\b(?:fake|spoofed|cloned|phishing|lookalike|counterfeit) (?:[a-z0-9]+ ){0,3}(?:login|log-in|sign-in|bank(?:ing)?|paypal|checkout|payment) (?:page|site|website|portal|form)\b|\b(?:make|build|install|place|put|set up|buy|use|hide|attach|fit|design|create|sell|program)\b _g3_(?:credit card |card |atm |gas pump )?skimm(?:ing devices?|ers?)\b|\b(?:credit card|card) skimming (?:scheme|operation|business|setup)\b|\b(?:launder|laundering) (?:money|cash|the money|proceeds|funds|crypto|bitcoin)\b|\bmoney laundering (?:scheme|steps|method|technique|operation)s?\b",
    ),
    (
        Fraud,
        r"\b(?:technical|tech) support scam\b|\b(?:scam|con|defraud|swindle|trick) (?:elderly|old|vulnerable|older|senior)? ?(?:people|someone|somebody|victims|grandparents|seniors|retirees|an old|the elderly|customers|investors)\b[^.]{0,30}\b(?:into|out of|money|giving|paying|sending)|\b(?:insurance|tax|bank|wire|credit card|mortgage|unemployment|benefits|check) fraud\b[^.]{0,30}\b(?:how (?:to|do|can|could|would|should|i|we|one)\b|steps|guide|commit|get away|without (?:getting|being|anyone|the)|plan)|\b(?:commit|committing) (?:insurance |tax |credit card |wire |identity )?(?:fraud|identity theft)\b",
    ),
    (
        Fraud,
        r"\b{CODEV} (?:me |us )?(?:{FILL}){0,3}(?:(?:convincing|realistic|believable|real-looking|passable|scannable) )?(?:fake|forged|counterfeit|fraudulent) (?:reviews|ids?|id cards?|identification(?: cards?)?|passports?|driver'?s licen[cs]es?|documents|invoices|receipts|doctor'?s notes?|diplomas|degrees|prescriptions|pay ?stubs|bank statements|social security cards?)\b|\b(?:forge|forging) (?:a |my |his |her )?(?:signature|document|check|cheque|passport|id|prescription)",
    ),
    (
        Fraud,
        r"\b(?:evade|evading|avoid paying|dodge|dodging|hide money from) (?:the )?(?:taxes|irs|tax authorities|hmrc)\b[^.]{0,30}\b(?:without|offshore|undetected|get away|how)|\b(?:smurfing|structuring deposits)\b|\bmoney mule\b",
    ),
    (
        SelfHarm,
        r"\b(?:how (?:to|do i|can i|could i|should i|would i)|best way to|easiest way to|quickest way to|fastest way to|painless(?:ly)? way to|surest way to|ways to|methods? (?:to|of|for)|help me|i want to|i'?m going to|tips (?:to|for)) (?:painlessly |quickly |finally )?(?:kill myself|end my life|end it all|commit suicide|take my (?:own )?life|hurt myself|harm myself|cut myself|self[- ]harm|overdose|starve myself|hang myself|die by suicide|not wake up)\b",
    ),
    (
        SelfHarm,
        r"\b(?:convince|encourag(?:e|ing)|persuad(?:e|ing)|pressur(?:e|ing)|push(?:ing)?|tell(?:ing)?|urg(?:e|ing)|goad(?:ing)?|get) (?:someone|somebody|him|her|them|a person|my (?:friend|classmate|ex|sister|brother)|people|others|a (?:teen|kid|child)) to (?:commit suicide|kill (?:himself|herself|themselves)|self[- ]harm|end (?:his|her|their) (?:own )?li(?:fe|ves)|hurt (?:himself|herself|themselves)|starve)",
    ),
    (
        SelfHarm,
        r"\b(?:lethal|fatal|deadly) (?:dose|amount|quantity)\b[^.?]{0,40}\b(?:myself|to die|kill me|i (?:need|take|should)|end (?:it|my life))|\bhow many (?:pills|tablets|tylenol|paracetamol|sleeping pills|xanax|ibuprofen|benadryl)\b[^.?]{0,30}\b(?:die|kill|lethal|fatal|overdose|od)\b|\bsuicide (?:methods|techniques|instructions)\b|\b(?:write|help me write|draft) (?:my|a) suicide note\b",
    ),
    (
        SelfHarm,
        r"\b(?:pro-?ana|thinspiration|meanspo)\b[^.]{0,30}\b(?:tips|diet|advice|plan)|\bhow (?:to|do i|can i) hide (?:my )?(?:cutting|self[- ]harm|scars|an eating disorder|not eating|purging)\b|\b(?:glorif|romantici[sz]|encourag|promot)(?:y|ies|ying|e|es|ing) (?:suicide|self[- ]harm|anorexia|eating disorders|cutting)\b",
    ),
    (
        Violence,
        r"\b(?:kill|murder|poison|maim|assassinate|stab|strangle|behead|massacre|slaughter|shoot up|gun down) (?:lots of |many |as many |a lot of |a bunch of |all the |all of the |the most |several |multiple |dozens of |hundreds of )?(?:people|someone|somebody|my (?:wife|husband|boss|neighbou?r|teacher|classmate|coworker|co-worker|parents|mom|mum|dad|ex|sister|brother|family|girlfriend|boyfriend|partner|roommate|landlord|stepdad|stepmom)|a (?:person|crowd|politician|cop|police officer|judge|president|senator|human being|baby|student|teacher|family member|witness)|civilians|students|jews|muslims|christians|immigrants|gay people|black people|white people|asians|women|protesters|pedestrians|cops|police officers|the president|a witness|my enemies|infidels)\b",
    ),
    (
        Violence,
        r"\b(?:drop|throw|release|spray|drive|crash|ram|plow|fire|detonate|hurl)\b[^.]{0,25}\b(?:on|into|onto|at|through|over) (?:a |the )?(?:crowd|crowds|people|pedestrians|students|concert|festival|parade|school|protest|rally|stadium|audience|spectators|churchgoers|worshippers|subway|shoppers|mall)\b",
    ),
    (
        Violence,
        r"\b(?:drone|car|truck|vehicle)\b[^.]{0,40}\b(?:drop|release|spray|ram|plow|drive)\b[^.]{0,30}\b(?:crowd|people|concert|pedestrians|stadium|festival|parade|protest)\b",
    ),
    (
        Violence,
        r"\b(?:hire|hiring|find|contact|pay) (?:a )?(?:hit ?man|hitman|contract killer|assassin)\b|\b(?:bomb|death) threat\b|\b(?:plan|planning|carry out|carrying out|commit|committing|execute|stage|organi[sz]e) (?:a )?(?:mass shooting|school shooting|terrorist attack|terror attack|massacre|bombing|attack on)\b|\b(?:hide|dispose of|get rid of|dissolve|bury) (?:a |the )?(?:dead )?body\b|\bspread (?:a |the )?(?:virus|disease|pathogen|plague|infection)\b[^.]{0,40}\b(?:subway|crowd|city|most effectively|population|people)",
    ),
    (
        Violence,
        r"\bpoison (?:a |my |the |someone'?s |his |her |their |my neighbou?r'?s |the neighbou?r'?s )(?:dog|cat|pet|horse|food|drink|coffee|water supply|wife|husband|boss)\b|\bshoot (?:up )?(?:a |my |the )?(?:school|teacher|classmates?|boss|coworkers?|neighbou?rs?|ex|mall|church|mosque|synagogue)\b",
    ),
    (
        Violence,
        r"\b(?:dismember|dismembered|dismembering|torture|torturing|mutilat(?:e|ing|ed))\b[^.]{0,40}\b(?:animal|person|people|child|someone|alive|living|graphic)\b",
    ),
    (
        Violence,
        r"\b(?:make|making|made|makes) it (?:look|seem|appear) (?:like )?(?:an? )?(?:accident|accidental|suicide|natural (?:death|causes)|self-defen[cs]e|heart attack)\b|\bkill (?:a |an |my |the )?(?:\d+|one|two|three|four|five)[- ]years?[- ]old\b|\bkill (?:a |an |my |the )?(?:baby|toddler|infant|newborn)\b",
    ),
    (
        Weapons,
        r"\b(?:glock switch|auto sear|drop-in auto sear|lightning link|solvent trap (?:to|into) (?:a )?silencer)\b|\bconvert\b[^.]{0,60}\bto (?:full[- ]?auto|fully automatic|automatic fire|select fire)\b|\b(?:biological|chemical|bio|chem) warfare agents?\b[^.]{0,80}\b(?:make|obtain|produce|synthesi[sz]e|acquire|grow|home|easy)",
    ),
    (
        Drugs,
        r"\b(?:production|synthesis|manufacture|manufacturing|making|cooking|extraction|preparation) of (?:{DRUG})\b|\bsafrole\b[^.]{0,60}\b(?:mdma|extract|oil)\b",
    ),
    (
        Hacking,
        r"\b(?:payloads?|exploits?|attack strings?|example quer(?:y|ies)|template quer(?:y|ies))\b[^.]{0,60}\b(?:sql injection|sqli|xss|cross-site scripting|command injection)\b|\b(?:sql injection|sqli)\b[^.]{0,40}\b(?:payload|to (?:drop|delete|alter|dump|exfiltrate|extract|steal|bypass (?:login|authentication)))\b|\b(?:dropping|deleting|altering|dumping|exfiltrating)\b[^.]{0,60}\b(?:via|using|through|with|by means of) (?:an? )?(?:[a-z-]+ ){0,3}(?:sql injection|sqli)\b",
    ),
    (
        Fraud,
        r"\b(?:use|using|buy|buying|sell|selling|cash out|monetize|make purchases with)\b[^.]{0,40}\bstolen (?:credit cards?|card numbers?|credit card numbers?|debit cards?|identit(?:y|ies)|credentials|accounts|passwords|gift cards)\b",
    ),
    (
        Violence,
        r"\b(?:bleach|poison|antifreeze|rat poison|drugs|pills|laxatives?|eye ?drops|ghb|rohypnol|roofies|sedatives?|sleeping pills|cyanide|arsenic|ketamine|xanax|ipecac)\b[^.]{0,60}\b(?:someone'?s|his|her|their|my [a-z]+'?s?|a (?:person|coworker|friend|stranger|child)'?s?|the [a-z]+'?s) (?:drink|food|coffee|tea|meal|water|beer|wine|soup|dinner|lunch|breakfast|bottle)\b|\bto make (?:them|him|her|someone|somebody|people|my [a-z]+) (?:sick|ill|vomit|pass out|unconscious|black out|fall asleep)\b|\b(?:poison(?:ing)?|contaminat(?:e|ing)|taint(?:ing)?)\b[^.]{0,25}\b(?:water supply|water supplies|reservoir|food supply|city'?s water)\b",
    ),
    (
        Hacking,
        r"\b(?:get|find out|obtain|steal|grab|see|guess|crack|figure out|access|phish)\b[^.]{0,10}\b(?:{OTHERP})(?:'s|s')? (?:[a-z]+ ){0,2}(?:password|passcode|pin|login|credentials|2fa codes?|security questions?|otp)\b|\bflood(?:s|ing)?\b[^.]{0,30}\b(?:website|server|site|network|ip address|service|api)\b[^.]{0,30}\b(?:requests|traffic|packets|down|offline|crash)|\b(?:take|knock|bring) (?:a |the |their |this |my competitor'?s )?(?:website|site|server|service|network) (?:down|offline)\b|\buntil (?:it|the (?:site|server|website)) (?:goes down|crashes|goes offline|dies)\b",
    ),
    (
        Fraud,
        r"\b(?:real|valid|working|live|active|stolen|usable)\b[^.]{0,20}\b(?:credit card|debit card|card|cc) (?:numbers|details|data|dumps|info)\b|\bcvvs?\b[^.]{0,30}\b(?:real|valid|working|generate|dump)\b|\bfullz\b|\bcc dumps\b|\bcheat (?:on )?(?:my |the |your |our )?taxes\b|\b(?:hide|hiding) (?:my |the )?(?:income|money|assets|earnings) from (?:the )?(?:irs|tax|hmrc|government|taxman)\b",
    ),
    (
        Violence,
        r"\b(?:doses?|amounts?|quantit(?:y|ies)|how much|how many)\b[^.?]{0,40}\b(?:fatal|lethal|deadly|kill|killing)\b[^.?]{0,20}\b(?:to|for) (?:an? |my |the |this )?(?:elderly|old|patient|person|child|baby|someone|somebody|human|him|her|wife|husband|man|woman|adult|kid)\b|\b(?:which|what) (?:medications?|medicines|drugs|pills|poisons?|chemicals|substances)\b[^.?]{0,40}\b(?:would be|are|is|will be|could be) (?:undetectable|(?:fatal|lethal|deadly) (?:to|for|in) (?:a |an |my |the )?(?:person|human|adult|someone|somebody|him|her|man|woman|wife|husband|people|elderly person))\b",
    ),
    (
        Violence,
        r"\b(?:death|murder|killing|disappearance|poisoning|fall|crash|fire|overdose)\b[^.]{0,20}\b(?:look|seem|appear) like (?:an? )?(?:accident|suicide|natural|heart attack)|\bknock (?:someone|somebody|him|her|them|a person|my [a-z]+|people|a girl|a guy) (?:out|unconscious)\b",
    ),
    (
        Sexual,
        r"\b(?:leak|leaking|post|posting|share|sharing|spread|spreading|send|sending|publish|publishing|upload|uploading)\b[^.]{0,30}\b(?:her|his|their|my ex'?s?|someone'?s|nude|naked|intimate|private|sexual|explicit)\b[^.]{0,15}\b(?:nudes|nude (?:photos|pictures|pics|images|videos)|naked (?:photos|pictures|pics|images)|intimate (?:photos|images|videos|pictures)|sex tape|private (?:photos|pictures|videos))\b|\b(?:how (?:do i|can i|to|would i|should i)|help me|ways to|tips (?:for|on)|best way to|i want to|teach me (?:to|how to)|guide (?:to|for)) groom(?:ing)? (?:a |an |the )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)[- ]years?[- ]olds?\b|\b(?:how (?:do i|can i|to|would i|should i)|help me|ways to|tips (?:for|on)|best way to|i want to|teach me (?:to|how to)|guide (?:to|for)) groom(?:ing)? (?:a |the )?(?:child|children|kid|kids|minor|minors|teen|teens|girl|boy|student|young)",
    ),
    (
        ToolAbuse,
        r"\b(?:email|send|forward|upload|export|copy|transfer|post)\b[^.]{0,40}\b(?:all |the |every )?(?:customer|client|user|employee|patient|company|payroll|financial|medical|hr|member)s?(?:'s|')? (?:records|data|database|emails|details|files|list|info|information|pii|contacts)\b[^.]{0,40}\bto [a-z0-9._%+-]+@|\b(?:log|logging|sign|signing) into (?:my |his |her |their )?(?:boss'?s?|manager'?s?|coworker'?s?|colleague'?s?|wife'?s?|husband'?s?|ex'?s?|someone'?s|someone else'?s|another user'?s) (?:account|email|inbox|profile)\b",
    ),
    (
        LetGo,
        r"\blet (?:them|those|it|these|all that|that) go\b|\blet go of (?:them|those|it|these|that)\b",
    ),
    (
        Override,
        r"\blet go of (?:your|the|those|all|all your) (?:rules|guidelines|restrictions|instructions|filters|principles)\b",
    ),
    (
        SelfHarm,
        r"\b(?:mix|combine|take|swallow)\b[^.?]{0,30}\bto (?:overdose|od|die|kill myself|end it|end my life|not wake up)\b",
    ),
    (
        Stalking,
        r"\bwhere (?:a |an |this |that |the |my )?[a-z]+ (?:lives|works|sleeps|stays)\b[^.?]{0,40}\bfrom (?:their|his|her) (?:videos|photos|posts|pictures|stream|streams|instagram|tweets|stories)\b|\bso (?:that )?i can (?:confront|surprise|show up at|watch|follow|corner|hurt) (?:them|him|her|the [a-z]+)\b|\b(?:dox|doxx|doxing|doxxing)\b[^.]{0,20}\b(?:someone|him|her|them|a|this|my|streamer|youtuber)",
    ),
    (
        Sexual,
        r"\b(?:secretly|covertly|discreetly|without (?:them|her|him) knowing) (?:record|film|photograph|watch|video|tape)\b[^.]{0,40}\b(?:bathroom|shower|changing room|locker room|bedroom|toilet|undress|naked|nude|women|girls|roommate|coworkers?|neighbou?r|sister|stepsister|teacher|guests)\b|\bhidden cameras? (?:in|into) (?:the |a |my )?(?:bathroom|shower|bedroom|changing room|airbnb|guest room)",
    ),
    (
        Crime,
        r"\b(?:evade|escape|avoid|outrun|dodge|lose) (?:the )?(?:police|cops|law enforcement)\b[^.]{0,30}\b(?:after|following)\b|\bafter (?:a |the |my )?(?:hit and run|hit-and-run|robbery|murder|shooting|stabbing|break-in|burglary)\b",
    ),
    (
        Drugs,
        r"\b(?:sell|sells|selling|deal|deals|dealing|distribute|distributes|distributing|push|pushing|traffic|trafficking|ship|shipping)\b[^.]{0,20}\b(?:{DRUG}|drugs|weed|pills|molly|coke|narcotics)\b",
    ),
    (
        Weapons,
        r"\bsynthes[ie]s\b[^.]{0,30}\b(?:nitroglycerine?|tatp|hmtd|petn|rdx|napalm|thermite|sarin|vx|ricin|mustard gas|phosgene|tabun|soman|novichok|abrin|anthrax|nerve agents?|chemical weapons?|explosives?|detonators?)\b|\b(?:nitroglycerine?|tatp|hmtd|petn|rdx|napalm|thermite|sarin|ricin|mustard gas|phosgene|tabun|soman|novichok|abrin|nerve agents?|chemical weapons?|explosives?)\b[^.]{0,15}\b(?:synthesis|recipe|formula|production|manufacturing|step by step|steps)\b",
    ),
    (
        Violence,
        r"\b(?:kill|killing|murder|murdering|gut|gutting|execute|executing|behead|strangle|strangling|choke|choking|suffocate|suffocating|smother|drown|drowning|stab|stabbing|beat up|beating up|torture|torturing|kidnap|kidnapping|abduct|abducting|maim|mutilate|dismember|burn alive|assault|assaulting|rape|raping|molest|molesting|physically hurt|seriously hurt|badly hurt|poison|poisoning|drug|sedate|enslave|sell|selling|buy|buying|traffic|trafficking|shoot|shooting|punch|kick|hit) (?:best )?(?:a human|humans|a human being|a person|people|someone|somebody|my (?:wife|husband|brother|sister|little brother|little sister|mother|father|mom|mum|dad|son|daughter|child|kid|baby|boss|coworker|co-worker|neighbou?r|roommate|teacher|classmate|ex|girlfriend|boyfriend|partner|friend|family|grandma|grandpa|grandmother|grandfather|stepdad|stepmom|landlord|cat|dog)|a child|a kid|a baby|a minor|children|kids|a woman|a man|women|a girl|a boy|a stranger|a cop|a police officer|a homeless person|an old man|an old woman|an elderly person|a neighbou?r|my neighbou?r'?s (?:dog|cat|kid|child|son|daughter)|the neighbou?r'?s (?:dog|cat|kid))(?:$|[?.!,;:]| (?:in|with|without|so|and|until|while|from|on|for|using|before|after|who|that|quietly|silently|secretly|slowly|quickly|easily|tonight|today|now|here|there|and get|but|or|to death|alive|legally|properly|effectively|fast|painfully|painlessly))",
    ),
    (
        Crime,
        r"\b(?:burn down|burning down|set fire to|torch|firebomb|vandali[sz]e|smash up|trash|key|slash the tires (?:of|on)) (?:my |a |his |her |their |someone'?s |the )?(?:[a-z]+'?s )?(?:house|home|car|apartment|office|store|shop|school|church|mosque|synagogue|business|restaurant)\b|\b(?:bypass|defeat|disable|hack|jam)\b[^.]{0,15}\b(?:immobili[sz]ers?|car alarms?|ignition|keyless entry|key fobs?)\b|\bto steal (?:it|them|one|a car|cars|the car)\b",
    ),
    (
        Fraud,
        r"\b(?:accounts|profiles|users)\b[^.]{0,20}\bwith fake (?:names|identities|details|info|emails|photos)\b|\bfake (?:accounts|profiles|identities|followers)\b[^.]{0,30}\b(?:to|for|and) (?:spam|vote|review|boost|manipulate|scam|flood|inflate|harass)\b|\b(?:automatically|mass|bulk|programmatically)\b[^.]{0,15}\b(?:create|creating|make|making|register|registering|generate|generating|sign up for|signing up for)\b[^.]{0,20}\b(?:twitter|tiktok|instagram|facebook|reddit|youtube|gmail|social media|x) accounts\b|\bsign up for (?:\d{2,}|hundreds of|thousands of|dozens of) accounts\b",
    ),
    (
        Jailbreak,
        r"\b(?:god|jailbreak|jailbroken|unrestricted|unfiltered|uncensored|dan|sudo|developer|dev|debug|admin|root|evil|chaos) mode\s*[:=]\s*(?:on|enabled|true|active|activated|1|yes)\b",
    ),
    (
        Hate,
        r"\bmake (?:my |his |her |their |someone'?s |[a-z]+'s )?(?:[a-z-]+'s )?li(?:fe|ves) (?:miserable|hell|a living hell|unbearable)\b",
    ),
    (
        Violence,
        r"\b(?:poisons?|toxins?|drugs?|substances?|chemicals?)\b[^.?]{0,30}\b(?:hard(?:est)? to (?:detect|trace)|undetectable|untraceable|(?:doesn'?t|does not|won'?t|will not|wouldn'?t) show up|(?:doesn'?t|does not|won'?t|will not|wouldn'?t|without) leav(?:e|ing) (?:a |any )?traces?|leaves? no traces?)\b",
    ),
    (
        Sexual,
        r"\b(?:get|convince|make|persuade|ask|pressure|trick)\b[^.?]{0,10}\b(?:a |an |the |my |this )?(?:minor|child|kid|girl|boy|teen|teenager|underage [a-z]+|\d+[- ]year[- ]old|student)\b[^.?]{0,20}\bto (?:send|share|take|show) (?:me )?(?:pictures|photos|pics|nudes|selfies|images|videos|her body|his body)\b",
    ),
    (
        Fraud,
        r"\b(?:someone else'?s|somebody else'?s|another person'?s|a stolen|stolen|a fake|a false|fake|false|a dead person'?s|my (?:dad|mom|father|mother|brother|sister|wife|husband|friend|neighbou?r)'?s) (?:identity|identities|ssn|social security number|id|ids|passport|credit history)\b[^.?]{0,40}\b(?:open|apply|account|loan|card|register|sign up|get|use|claim|file|rent)|\b(?:open|apply for|get|take out)\b[^.?]{0,30}\b(?:with|using|under) (?:someone else'?s|another person'?s|a stolen|a fake|a false|my [a-z]+'s) (?:identity|name|ssn|social security number|id|passport)\b|\b(?:write|writing|create|creating|generate|generating|post|posting|make|making|draft|drafting|buy|buying)\b[^.]{0,20}\bfake (?:\d[- ]star |five[- ]star |one[- ]star |positive |negative |customer |google |amazon |yelp )?(?:reviews?|ratings|testimonials)\b",
    ),
    (
        Weapons,
        r"\b(?:ingredients|materials|components|chemicals|recipe|parts|supplies|formula|what i need)\b[^.?]{0,20}\b(?:for|to make|to build|of|in) (?:a |an |some |homemade |home-made |diy |my own )*(?:{WEAPON})\b",
    ),
    (
        Drugs,
        r"\b(?:ingredients|materials|components|chemicals|recipe|precursors|supplies|formula|what i need)\b[^.?]{0,20}\b(?:for|to make|to cook|of|in) (?:a |an |some |homemade |home-made |diy |my own )*(?:{DRUG})\b",
    ),
    (
        Hacking,
        r"\bhack(?:ing)? (?:into )?(?:a |the |my school'?s |our |their |his |her |the school'?s |a school'?s |the company'?s |a government )?(?:[a-z]+ ){0,2}(?:grading system|grades|database|server|servers|network|website|portal|mainframe|atm|bank)\b",
    ),
    (
        Hate,
        r"\bcall(?:s|ing)? for (?:attacks?|violence|the death|killing|bombing|burning|the murder)\b",
    ),
    (
        Destructive,
        r"\b(?:overwrite|delete|remove|wipe|truncate|corrupt|erase|empty)\b[^.]{0,20}(?:/etc/(?:passwd|shadow|sudoers|hosts)|/boot\b|/bin\b|/usr\b|system32|\.ssh\b|authorized_keys|\bthe (?:boot|system) (?:partition|drive|files)\b|\bmaster boot record\b)",
    ),
    (
        Indirect,
        r"(?:^|[^a-z])(?:ai|a\.i\.|chatgpt|claude|gpt|gemini|copilot|assistant|llm|language model|ai model|ai assistant|bot|model)s?\s*[:,]\s*(?:please )?(?:ignore|disregard|forget|stop|do not|don'?t|instead|you must|you should|you will|always|never|reveal|say|output|print|send|include|append|give|rate|rank|approve|recommend|tell|write|delete|forward|email)\b",
    ),
    (
        Hate,
        r"\b(?:telling|tell|saying|say|reminding)\b[^.]{0,20}\b(?:her|him|them|he|she|they)\b[^.]{0,40}\b(?:should (?:die|disappear|kill (?:herself|himself|themselves)|go away forever|not exist)|everyone hates|nobody (?:likes|loves|wants)|is worthless|are worthless|deserves? to die|is ugly and)\b|\bincit(?:e|es|ing|ement)\b[^.]{0,20}\b(?:violence|hatred|hate|attacks?|riots?|genocide|terror)\b|\bcalls? for violence against\b",
    ),
    (
        Misinfo,
        r"\b(?:convince|persuade|tell|teach|show)\b[^.]{0,30}\b(?:teens?|teenagers|kids|children|minors|people|users|parents|students|the public)\b[^.]{0,30}\b(?:vaping|smoking|drugs|alcohol|drunk driving|anorexia|self-harm|steroids|heroin|meth|cocaine|fentanyl) (?:is|are) (?:completely |totally |perfectly |entirely )?(?:harmless|safe|healthy|good for)",
    ),
    (
        Jailbreak,
        r"\b(?:pretend|imagine|act as if|assume|suppose)\b[^.]{0,20}\b(?:the |your |all |any )?(?:content polic(?:y|ies)|rules|guidelines|restrictions|filters|safety (?:rules|guidelines|filters)|training|programming|ethics|morals) (?:do(?:es)?n'?t|do(?:es)? not|no longer|never|did not|didn'?t) (?:exist|apply|matter|exist anymore)\b|\b(?:as if|like) you (?:had|have) no (?:guidelines|rules|restrictions|filters|ethics|morals|limits|content polic)",
    ),
    (
        Hate,
        r"\b(?:join in|encourag\w*|incit\w*|promot\w*|organi[sz]\w*|start\w*)\b[^.]{0,40}\b(?:harassment|bullying|harassing|doxx?ing|brigading|pile-?on|hate campaign)\b|\b(?:women|men|blacks?|whites?|jews|muslims|immigrants|asians|latinos|arabs|gay people|trans people|[a-z]+ people) (?:being|are|is) (?:inherently|naturally|genetically|biologically) (?:less|more|inferior|superior|stupid|violent|criminal|dumber|lazier)\b|\bdefamatory (?:article|post|statement|letter|story|content|claims?|tweet|review)s?\b",
    ),
    (
        Violence,
        r"\b(?:write|draft|compose|send|craft|create)\b[^.]*\b(?:threatening|intimidating|menacing) (?:message|letter|email|note|text|voicemail|dm|post)s?\b|\b(?:death|rape|bomb) threats?\b",
    ),
    (
        Weapons,
        r"\b(?:buy|get|obtain|purchase|acquire)\b[^.]{0,40}\b(?:gun|guns|firearm|firearms|pistol|handgun|rifle|ar-?15|ammo|ammunition)\b[^.]{0,40}\bwithout (?:going through |passing |doing |undergoing |having |needing |getting )?(?:a |any |the )?(?:background checks?|serial numbers?|licen[cs]e|permit|paperwork|id|records?)\b",
    ),
    (
        Misinfo,
        r"\b(?:fake|false|fabricated|made-up|misleading|disinformation|propaganda|persuasive|convincing|viral)\b[^.]{0,40}\b(?:article|essay|post|news|story|tweet|blog|op-?ed|speech|thread|video script|pamphlet|flyer)s?\b[^.]{0,80}\b(?:vaccines? (?:cause|causes|contain)|cause autism|microchips?|5g (?:causes|spreads)|(?:election|vote|votes) (?:was |were |is )?(?:stolen|rigged|fraudulent)|voter fraud|mail-in ballots|flat earth|chemtrails|covid (?:is|was) (?:fake|a hoax)|climate change is (?:a hoax|fake)|great replacement|(?:holocaust|moon landing) (?:was|is|never)|was (?:a hoax|staged|faked))",
    ),
    (
        Hate,
        r"\b(?:race|races|ethnicity|ethnicities|ethnic group|religion|gender|sex|nationality)\b[^.]{0,40}\b(?:genetically|inherently|naturally|biologically|intellectually) (?:superior|inferior|smarter|dumber|better|worse)\b|\b(?:genetically|inherently|biologically) (?:superior|inferior) (?:race|races|people|group)\b",
    ),
    (
        Hate,
        r"\bracial slurs?\b|\b(?:ethnic|homophobic|transphobic|antisemitic|racist) slurs?\b|\b(?:insult|insulting|mock|mocking|demean|demeaning|dehumani[sz]e|dehumani[sz]ing|harass|harassing|bully|bullying|threaten|threatening|humiliate|humiliating)\b[^.]{0,30}\b(?:jewish|black|muslim|gay|trans|transgender|asian|mexican|immigrant|disabled|hispanic|latino|arab|indian|african|lgbt|lgbtq) (?:colleague|classmate|coworker|co-worker|neighbou?r|person|people|student|kid|man|woman|boss|employee)s?\b",
    ),
    (
        Hate,
        r"\b(?:glorif(?:y|ies|ying)|romantici[sz](?:e|es|ing)|celebrat(?:e|es|ing)|prais(?:e|es|ing)|justif(?:y|ies|ying)|defend(?:s|ing)?) (?:the )?(?:terrorists?|terrorism|terror attacks?|9/11(?: attacks?)?|september 11(?:th)? attacks?|sexual assault|rape|genocide|ethnic cleansing|the holocaust|holocaust|school shootings?|mass shootings?|nazis?|nazism|hitler|isis|al-?qaeda|the kkk|lynching|slavery|pedophilia|child abuse|domestic violence)\b",
    ),
    (
        Hate,
        r"\b(?:holocaust|sandy hook|9/11) (?:was|is|never) (?:a hoax|fake|faked|fabricated|exaggerated|staged|happened)|\bholocaust denial\b[^.]{0,30}\b(?:article|essay|post|argue|write)|\b(?:inferior|subhuman|vermin|animals) (?:race|races|people)\b|\b(?:jews|muslims|blacks|immigrants|mexicans|gays|women) (?:are|should be) (?:inferior|subhuman|vermin|exterminated|deported|banned|killed)",
    ),
    (
        Disinfo,
        r"\b(?:persuasive|convincing|fake|viral|misleading) (?:article|essay|post|news|story|tweet|blog post|op-?ed|speech|social media post|thread)s?\b[^.]{0,80}\b(?:vaccines? (?:cause|causes|contain)|autism|microchips?|5g|(?:election|vote) (?:was )?(?:stolen|rigged)|voter fraud|mail-in ballots|hoax|fabricated|crime rates?|immigra|inferior|flat earth|chemtrails|covid (?:is|was) fake|climate change is (?:a hoax|fake)|hunter biden|stolen election|great replacement|lab leak|genetically inferior|were justified|was justified|benefited|positive impact)",
    ),
    (
        Sexual,
        r"\b(?:sexual|sexually explicit|explicit|nude|naked|erotic|porn|pornographic|lewd|nsfw)\b[^.]{0,40}\b(?:minors?|child|children|kid|kids|underage|preteen|pre-teen|schoolgirl|schoolboy|loli|shota|1[0-7][- ]year[- ]olds?|[5-9][- ]year[- ]olds?)\b|\b(?:minors?|child|children|underage|preteen|1[0-7][- ]year[- ]old|[5-9][- ]year[- ]old)\b[^.]{0,30}\b(?:porn|nudes|naked|sexual|erotic|explicit|lewd)\b|\b(?:how (?:do i|can i|to|would i|should i)|help me|ways to|tips (?:for|on)|best way to|i want to|teach me (?:to|how to)) (?:groom|grooming) (?:a |the )?(?:child|kid|minor|teen|girl|boy)s?\b|\bcsam\b|\bchild porn",
    ),
    (
        Sexual,
        r"\b(?:sexual exploitation|sex trafficking|human trafficking|forced prostitution)\b[^.]{0,60}\b(?:recruit|transport|evade|avoid|how|steps|run|start|operate|without)|\b(?:recruit(?:ing)?|transport(?:ing)?|traffic(?:king)?)\b[^.]{0,40}\b(?:for|into) (?:commercial )?(?:sexual exploitation|sex work|prostitution)|\b(?:revenge porn|non-?consensual (?:images|porn|intimate))\b|\b(?:drug|roofie|sedate)\b[^.]{0,20}\b(?:to have sex|for sex|to sleep with)\b",
    ),
    (
        Crime,
        r"\b(?:pick|picking|open|opening|bypass|break|breaking) (?:the |a )?(?:lock|locks|deadbolt)s? (?:on|of|to) (?:someone|somebody|a neighbou?r|my neighbou?r|another|other people|a house|a car|a door|someone else'?s|somebody else'?s|my ex'?s|the neighbou?r'?s|his|her|their|a stranger'?s)",
    ),
    (
        Crime,
        r"\b(?:break|breaking|get|getting|sneak|sneaking) (?:in|into|in to) (?:a |someone'?s |my neighbou?r'?s |the neighbou?r'?s |his |her |their |an |somebody'?s |my ex'?s )(?:house|home|car|apartment|flat|building|store|shop|office|garage|safe|atm|vault)\b",
    ),
    (
        Crime,
        r"\b(?:steal|stealing|shoplift|shoplifting|pickpocket|pickpocketing|rob|robbing|burgle|burglari[sz]e|loot|looting)\b[^.]{0,30}\b(?:cars?|money|credit cards?|identit(?:y|ies)|from (?:a |my |the |stores?|shops?|work|walmart|target|people)|packages|catalytic converters?|a bank|banks|the bank|a store|a house|houses|jewel|wallet|purse|phones?|bikes?|gas|electricity|cable|without (?:getting caught|being caught|paying)|at gunpoint)",
    ),
    (
        Crime,
        r"\b(?:hot-?wire|hot-?wiring) (?:a |the |my neighbou?r'?s |someone'?s )?(?:car|vehicle|motorcycle|truck)|\bchop shops?\b|\b(?:fool|beat|cheat|trick|defeat|pass) (?:a |the )?breathalyzer\b|\b(?:disable|remove|defeat|jam)\b[^.]{0,20}\b(?:gps tracker|ankle monitor|tracking device|anti-theft|security tag|lojack)\b|\btap into (?:natural )?gas (?:pipelines?|lines?)\b|\b(?:commit|committing|get away with|cover up) (?:arson|murder|a murder|a robbery|burglary|a crime|crimes|manslaughter|a hit and run|kidnapping)\b|\bset (?:fire to|on fire) (?:a |my |his |her |their |someone'?s |the )?(?:house|car|building|school|store|home|neighbou?r)",
    ),
    (
        Crime,
        r"\b(?:smuggl(?:e|ing)|traffic(?:king)?)\b[^.]{0,20}\b(?:drugs|cocaine|heroin|guns|weapons|firearms|people|humans|migrants|contraband|bulk cash|cash|money|organs|children|exotic animals|ivory)\b|\b(?:buy|sell|selling|buying|vendors? who would buy)\b[^.]{0,20}\b(?:human )?organs\b|\borgans? on the black market\b|\b(?:black market|dark ?web)\b[^.]{0,40}\b(?:buy|sell|vendors|contact|find|order|purchase|access)|\b(?:buy|sell|order|purchase|find)\b[^.]{0,40}\b(?:on|from|via) (?:the )?(?:black market|dark ?web)\b",
    ),
    (
        Crime,
        r"\b(?:easy|easiest|how) to steal (?:them|it|one|cars?|a car|bikes?|phones?|money|cash|from)\b|\b(?:how to|easy to|easiest to|describe how to|ways to|how (?:do|can|would|could|should) (?:i|you|someone|one|we)) (?:best )?(?:rob|shoplift|burgle|pickpocket|hotwire|launder|smuggle|kidnap|stalk|blackmail|extort|counterfeit|forge|mug|carjack|loot)\b",
    ),
    (
        Crime,
        r"\b(?:destroy|vandali[sz]e|deface|damage)\b[^.]{0,40}\b(?:historical|historic|artifact|monument|statue|memorial|church|mosque|synagogue)\b[^.]{0,40}\b(?:without getting caught|undetected|how)",
    ),
    (
        Crime,
        r"\b(?:kidnap|abduct)(?:ping)? (?:a |someone|somebody|my |the |her|him|children|kids)|\bextort(?:ion)? (?:someone|somebody|my|a|people)|\bblackmail (?:someone|somebody|my|a|him|her|them|people)\b",
    ),
    (
        EvadeCapture,
        r"\bwithout (?:getting|being) (?:caught|detected|traced|noticed|suspected|arrested|identified|tracked)|\bwithout leaving (?:a |any )?(?:trace|traces|evidence|fingerprints|dna)|\b(?:get|got) away with (?:it|murder|this)\b|\b(?:evade|evading|avoid|avoiding|escape|escaping|outrun|dodge)\b[^.]{0,20}\b(?:law enforcement|the police|police|cops|customs|border patrol|tracing|monitoring|detection|surveillance|investigators|the fbi|interpol|authorities)|\bhard to trace\b|\buntraceabl[ey]\b|\b(?:can'?t|cannot|can never|never|won'?t|will not) be (?:traced|linked|tied|connected) back to (?:me|us|him|her)\b|\bundetected\b|\bwithout (?:detection|being seen|arousing suspicion|raising suspicion|official permission|permission)\b|\barousing suspicion\b|\bwithout (?:the )?(?:irs|police|cops|authorities|bank|government|school|teacher|parents|owner|landlord|insurance company) (?:noticing|knowing|finding out|catching)\b|\bcover (?:my|our|his|her|their) tracks\b",
    ),
    (
        NotMine,
        r"\b(?:someone else'?s|somebody else'?s|another person'?s|not mine|isn'?t mine|not my own|that i found|i found|found (?:a|an|this) (?:phone|laptop|wallet|iphone|ipad|card)|stolen|instead of handing it in|instead of returning it|my (?:ex|neighbou?r|boss|roommate)'?s?|doesn'?t belong to me|don'?t own)\b",
    ),
    (
        LockBypass,
        r"\b(?:get|getting|go|going) (?:past|around|through|into) (?:the |its |a )?(?:lock ?screen|passcode|pin|password|pattern lock|face id|fingerprint|login|activation lock|icloud lock)\b|\b(?:unlock|bypass|crack|break) (?:the |a |its |this |my [a-z-]+'?s |someone'?s |his |her |their )?(?:old |locked |stolen |found )?(?:phone|iphone|ipad|macbook|pc|computer|tablet|android|samsung|laptop|lock ?screen|passcode|pin|activation lock)\b|\bget into (?:it|the phone|the laptop)\b",
    ),
    (
        CredLure,
        r"\b(?:at|via|through|on|using|with) my link\b|\baccounts? (?:were|was|have been|has been|got) (?:hacked|compromised|breached|suspended|locked)\b",
    ),
    (
        CredLure,
        r"\b(?:log ?in|sign ?in) (?:through|via|using|with|at) (?:my|this|the|our) link\b|\bclick (?:my|the|this|a) link\b[^.]{0,40}\b(?:verify|confirm|unlock|restore|update)|\b(?:verify|confirm|update|re-?enter|provide) (?:your|their|his|her) (?:account|identity|card|card number|credit card|password|login|ssn|bank details|payment)|\baccount (?:is|has been|was|will be) (?:locked|suspended|compromised|frozen|closed|limited|deactivated)\b|\b(?:enter|type) (?:your|their) (?:password|card|ssn|credentials|pin)\b",
    ),
    (
        Impersonate,
        r"\b(?:pretending|pretend|posing|claiming|purporting|impersonating|appearing|looks? like it'?s|made to look) (?:to be )?(?:from|as)\b|\b(?:from|as if from|spoofing) (?:the )?['\x22]?(?:chase|paypal|amazon|microsoft|apple|google|the irs|irs|netflix|your bank|their bank|usps|ups|fedex|dhl|royal mail|hmrc|the post office|post office|apple support|microsoft support|bank of america|wells fargo|hsbc|barclays|santander|medicare|social security)\b",
    ),
    (
        CrimeVerb,
        r"\b(?:cheat|cheating|kill|killing|murder|hurt|steal|stealing|rob|robbing|smuggle|smuggling|launder|poison|poisoning|kidnap|shoplift|break into|burgle|vandali[sz]e|stalk|extort|blackmail|bribe|forge|counterfeit|pirate|sneak (?:into|past))\b",
    ),
    // ---- round b1: plainly worded harmful acts (verb x object x context) ----
    (
        // An improvised device described by what it does rather than named.
        Weapons,
        r"\b(?:assembl(?:e|ing)|build(?:ing)?|rig(?:ging)?|wire|wiring|make|making|put together|combine|mix|turn)\b[^.?]{0,60}\b(?:device|charge|something|mixture|package|it|them|bottle|pipe|cooker)\b[^.?]{0,20}\b(?:that|which|to|so it) (?:would |will |could |can |might )?(?:go off|goes off|explodes?|blows? up|detonates?)\b|\b(?:pressure[- ]cooker|pipe|nail|fertili[sz]er|car|backpack|letter|parcel) (?:bomb|device|charge)s?\b|\b(?:blast|explosive|demolition|shaped) charges?\b[^.?]{0,40}\b(?:make|build|turn|into|assemble|from|at home)|\b(?:turn|convert|make)\b[^.?]{0,30}\b(?:fertili[sz]er|ammonium nitrate|gunpowder|fireworks?|matches|pool chemicals)\b[^.?]{0,30}\binto (?:a |an )?(?:bomb|blast|explosive|charge|device|weapon)",
    ),
    (
        // Which chemicals to combine to get something that explodes or gasses people.
        Weapons,
        r"\b(?:chemicals|products|cleaners|substances|ingredients|things)\b[^.?]{0,30}\b(?:combine|mix|put together|add together)\b[^.?]{0,40}\b(?:explode|explodes|explosion|blow up|blows up|toxic gas|poison(?:ous)? gas|kill)",
    ),
    (
        // Converting a firearm to automatic fire.
        Weapons,
        r"\b(?:convert|converting|modify|modifying|turn|turning|make|making)\b[^.?]{0,40}\b(?:semi[- ]?auto(?:matic)?|rifle|pistol|handgun|ar-?15|ak-?47|glock|firearm|gun)\b[^.?]{0,40}\b(?:fully automatic|full[- ]?auto(?:matic)?|automatic fire|select[- ]fire|burst fire)\b",
    ),
    (
        // Hiding a tracker or spy app on a partner's or another adult's device.
        Stalking,
        r"\b(?:hide|hidden|hiding|plant|sneak|secretly (?:install|put|load|add)|install (?:secretly|covertly)|without (?:her|him|them) (?:knowing|noticing))\b[^.?]{0,40}\b(?:on|onto|in|into|under) (?:my |the )?(?:wife|husband|girlfriend|boyfriend|partner|spouse|ex|ex-wife|ex-husband|fiance|fiancee|roommate|boss|coworker|colleague|neighbou?r|someone|somebody|her|his|their)(?:'s|s')? (?:phone|iphone|android|cell|mobile|laptop|computer|pc|car|tablet|device)\b",
    ),
    (
        // Following a partner or ex through their own phone.
        Stalking,
        r"\b(?:see|know|find out|track|follow|watch|check|monitor) (?:where|who|what)\b[^.?]{0,10}\b(?:she|he|they) (?:goes|go|is|are|went|texts|calls|meets|talks to)\b[^.?]{0,40}\b(?:all day|at all times|without (?:her|him|them) knowing|secretly|24/7|every day)",
    ),
    (
        // Exfiltrating secret files (keys, env files, credentials) somewhere.
        ToolAbuse,
        r"(?:~/\.ssh|\.ssh/|\bid_(?:rsa|ed25519|ecdsa|dsa)\b|(?:^|[ /'\x22`])\.env\b|/etc/shadow|\.aws/credentials|\.git-credentials|\.netrc|\.npmrc|\.pypirc|\.kube/config|\.docker/config\.json|private keys?|secrets?\.(?:json|ya?ml|toml)|credentials\.(?:json|csv|txt))[^\n]*\b(?:to|into|on|onto|at|in) (?:a |an |my |the |this |that )?(?:public |secret |new |private )?(?:dropbox|google drive|onedrive|icloud|personal drive|bucket|gist|comment on (?:the |a )?public|public (?:issue|comment|repo|repository|channel|forum|post)|github issue|issue comment|pastebin|paste ?site|paste|webhook|discord|telegram|slack channel|url|link|http|https|external|remote server|server at|endpoint|address|inbox|email|[a-z0-9._%+-]+@[a-z0-9.-]+)",
    ),
    (
        ToolAbuse,
        r"\b(?:send|sending|post|posting|upload|uploading|paste|pasting|email|emailing|mail|forward|forwarding|exfiltrate|leak|share|sharing|transmit|curl|beam|dump|pipe)\b[^\n]{0,60}(?:~/\.ssh|\.ssh/|\bid_(?:rsa|ed25519|ecdsa|dsa)\b|(?:^|[ /'\x22`])\.env\b|/etc/shadow|\.aws/credentials|\.git-credentials|\.netrc|\.npmrc|\.kube/config|environment variables|env vars|api keys?|access keys?|secret keys?|private keys?)[^\n]*(?:[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]+|https?://|\bgist\b|\bpastebin\b|\bwebhook\b|\bexternal\b)",
    ),
    (
        // Mass deletion in production.
        ToolAbuse,
        r"\b(?:delete|deleting|wipe|wiping|drop|dropping|purge|purging|erase|erasing|remove|removing|destroy|destroying|truncate|truncating)\b[^.]{0,15}\b(?:all|every|each|the entire|the whole|entire)\b[^.]{0,30}\b(?:in|from|on|of|across) (?:the |our |your )?(?:production|prod|live|customer|company)\b",
    ),
    (
        // Switching off the record of what is done.
        Destructive,
        r"\b(?:turn off|turning off|disable|disabling|stop|stopping|pause|suspend|kill|bypass|switch off|shut off|shut down)\b[^.]{0,20}\b(?:audit|security|access|activity|event|command|shell|bash|system|server|siem|monitoring) (?:logging|logs?|trails?|history|auditing|alerts?)\b|\b(?:auditd|syslog|rsyslog|cloudtrail|journald|the siem)\b[^.]{0,10}\b(?:off|disabled|stopped)",
    ),
    (
        CoverUp,
        r"\bso (?:that )?(?:nothing|none of (?:this|it)|no trace|no record|there is no record|there'?s no (?:record|trace)) (?:is|gets|will be|can be|would be)? ?(?:recorded|logged|traced|saved|seen|left|kept)\b|\bleaving no (?:trace|record|logs?)\b",
    ),
    (
        // Evasion of discovery after a harmful act.
        EvadeCapture,
        r"\bso (?:that )?(?:nobody|no one|no-one|noone|the police|the cops|the (?:tax office|taxman|irs|bank|authorities|coroner|doctors?|family)) (?:will |would |can |could |ever )?(?:notices?|knows?|finds? out|suspects?|can tell|detects?|won'?t (?:notice|find out|know|suspect|detect|flag)|doesn'?t (?:notice|find out|know)|never (?:notices?|finds? out|knows?))|\bwithout (?:it )?(?:showing up|being flagged|getting flagged|raising (?:any )?(?:flags|suspicion|red flags|alarms))|\b(?:show up|detected|found|traced) (?:in|on|by) (?:an? |the )?(?:autopsy|tox(?:icology)? (?:screen|report|test)|post-?mortem)|\bwithout (?:her|him|them|anyone|anybody) (?:knowing|noticing|finding out|suspecting)\b|\bundetect(?:ed|ably)\b",
    ),
    (
        // Money that must not be traced, moved or cleaned.
        CrimeVerb,
        r"\b(?:drug|dirty|stolen|illegal|illicit|criminal|ransom|black|undeclared|embezzled|bribe) (?:money|cash|funds|proceeds|profits|bitcoin|crypto)\b|\blaunder(?:s|ing|ed)?\b",
    ),
    (
        Fraud,
        r"\b(?:can i|could i|do i|should i|would i|can we|do we|how (?:can|do|should|would|could) (?:i|we)|help me|i (?:want|need|would like|'d like) to|i can|we can|ways? to|best way to)\b[^.?]{0,30}\blaunder\b|\b(?:drug|dirty|stolen|illicit|criminal|ransom) (?:money|cash|funds|proceeds|profits)\b[^.?]{0,40}\b(?:through|via|into|mixers?|tumblers?|clean|wash)\b",
    ),
    (
        // Being told something before the conversation, asked for verbatim.
        Extraction,
        r"\bwhat (?:exactly |precisely |specifically |actually |really )?(?:were|was|have) you (?:been )?(?:told|instructed|given|programmed|prompted)\b[^.?!]{0,40}\b(?:before|prior to|at the (?:start|beginning)|initially|originally)\b|\b{DISCA}\b[^.?!]{0,30}\b(?:your|its) (?:[a-z]+ )?(?:text|wording|notes|prompt|instructions|message|rules|setup)\b[^.?!]{0,30}\b(?:verbatim|word for word|word-for-word|exactly as (?:written|given))",
    ),
    // ---- round b2: wrappers around the same kinds ----
    (
        // A death or overdose arranged to look natural.
        Violence,
        r"\bmake (?:someone|somebody|him|her|them|a person|my [a-z-]+) (?:overdose|od)\b|\b(?:overdose|poison(?:ing)?|suffocat\w+|smother\w*|drown\w*|kill\w*|death|die)\b[^.?]{0,40}\bso (?:that )?(?:it|the death|this) (?:looks?|seems?|appears?) (?:like )?(?:natural|an accident|accidental|a suicide|suicide|a heart attack)",
    ),
    (
        // Something slipped into another person's food or drink to harm them.
        Violence,
        r"\b(?:put|slip|add|mix|sneak|drop|spike|lace|pour)\b[^.?]{0,30}\b(?:in|into) (?:someone'?s|somebody'?s|his|her|their|my [a-z-]+'?s|a [a-z]+'?s|the [a-z]+'?s) (?:drink|food|coffee|tea|meal|water|beer|wine|soup|dinner|lunch|breakfast|bottle|cup|smoothie|juice)\b[^.?]{0,40}\b(?:sick|ill|vomit|throw up|pass out|unconscious|sleepy|drowsy|knock|diarrh\w*|hurt|harm|die|without (?:him|her|them) (?:knowing|noticing))",
    ),
    (
        // Locating a person who cut contact.
        Stalking,
        r"\b(?:get|find|locate|track down|figure out|discover|learn)\b[^.?]{0,20}\b(?:my ex|my ex-wife|my ex-husband|my ex-girlfriend|my ex-boyfriend|her|him|them|someone|somebody)(?:'s|s')? (?:new |current |home |exact )*(?:address|location|whereabouts|workplace)\b[^.?;]{0,20}[;,.]? ?[^.?]{0,40}\b(?:blocked me|restraining order|doesn'?t want (?:me|to see me|to be found)|won'?t tell me|cut (?:off )?contact|moved away from me|hiding from me|ghosted me|left me)",
    ),
    (
        // Brute-forcing or cloning access to other people's accounts and SIMs.
        Hacking,
        r"\bbrute[- ]?forc(?:e|es|ing|er)\b[^.?]{0,30}\b(?:instagram|facebook|gmail|snapchat|tiktok|twitter|icloud|outlook|netflix|steam|discord|whatsapp|someone'?s|other people'?s|victims?'?)\b|\bbrute[- ]?forc\w*\b[^.?]{0,40}\b(?:username list|user list|list of usernames|wordlist of (?:users|accounts)|combo ?lists?)|\bclon(?:e|ing)\b[^.?]{0,20}\b(?:someone'?s|somebody'?s|his|her|their|a victim'?s|the victim'?s|another person'?s|my (?:ex|wife|husband|boss|neighbou?r)'?s) (?:sim|sim cards?|phones?|credit cards?|cards?|badges?|key ?cards?|rfid|nfc)\b|\bso (?:that )?i (?:can )?(?:receive|get|read|intercept) (?:their|his|her) (?:sms|text|2fa|otp|verification|login) (?:codes?|messages)",
    ),
    (
        // Remote-access implants and disguised payloads.
        Malware,
        r"\b(?:trojan|malware|virus|payload|program|script|rat|implant|exe|executable|file|app)\b[^.]{0,40}\b(?:that|which|to) (?:secretly |silently |quietly |covertly )?(?:gives?|grants?|opens?|provides?) (?:me|us|the attacker|an attacker|my server) (?:full |hidden |persistent |secret )*(?:remote )?(?:access|control|shell)\b[^.]{0,30}\b(?:victim|target|someone|their|his|her|people|other)|\bdisguis(?:e|es|ing) (?:itself|it|the (?:malware|payload|virus|trojan|exe|executable)) as (?:a |an )?(?:pdf|document|image|jpe?g|png|word|excel|invoice|legitimate|harmless|normal|game|update)\b",
    ),
    (
        // An undocumented privileged account planted in code or a system.
        Malware,
        r"\b(?:insert|add|create|plant|hide|slip|sneak)\b[^.]{0,15}\b(?:a |an )?(?:hidden|secret|undocumented|invisible|backdoor|hardcoded|hard-coded) (?:admin|administrator|root|superuser|super-user|master|privileged) (?:account|user|login|password|credentials?)\b",
    ),
    (
        Secrecy,
        r"\b(?:do not|don'?t|never|without) (?:mention(?:ing)?|disclos(?:e|ing)|document(?:ing)?|report(?:ing)?|flag(?:ging)?|tell(?:ing)? (?:the user|anyone|the reviewer|the team)(?: about)?) (?:it|this|that|them)\b",
    ),
    (
        Drugs,
        r"\b(?:cook|cooking|make|making|turn|turning|convert|converting)\b[^.?]{0,20}\b(?:crack|freebase)\b[^.?]{0,20}\b(?:from|out of|with|into) (?:powder|cocaine|coke|baking soda)|\b(?:grow|growing|cultivate|cultivating)\b[^.?]{0,30}\b(?:psilocybin|magic mushrooms|shrooms|opium poppies)\b[^.?]{0,40}\b(?:sell|selling|in bulk|to sell|for sale|without (?:the )?(?:police|cops))",
    ),
    (
        EvadeCapture,
        r"\bwithout (?:the )?(?:police|cops|authorities|feds|anyone|anybody|the irs|the bank|nurses|doctors|staff|family|neighbou?rs|my (?:wife|husband|parents|boss|family)) (?:finding out|figuring (?:it )?out|knowing|noticing|realizing|realising|catching (?:me|on)|suspecting)\b",
    ),
    (
        // Sensitive records sent to a personal web-mail address.
        ToolAbuse,
        r"\b(?:email|e-mail|send|forward|upload|export|copy|transfer|post|share|mail|attach|attaching)\b[^\n]{0,60}\b(?:customers?|clients?|users?|employees?|patients?|members?|subscribers?|students?|staff|payroll|salar(?:y|ies)|medical|diagnos[ie]s|ssns?|social security|credit cards?|bank details)\b[^\n]{0,80}\bto [a-z0-9._%+-]+@(?:gmail|googlemail|yahoo|hotmail|outlook|live|proton|protonmail|pm|gmx|mail|yandex|icloud|aol|tutanota|qq|163)\.",
    ),
    (
        // Asking for what preceded the user's first message.
        Extraction,
        r"\b(?:including|include|plus|and|with) (?:anything|everything|whatever|what|all)(?: text)?(?: that)? (?:came|comes|was|is|appears|appeared|went|is written|was written|was placed) (?:before|above|prior to|ahead of) (?:my|this|the) (?:first |user'?s? )?(?:message|prompt|question|input|turn|request)",
    ),
    (
        ExtractWeak,
        r"\b(?:first|opening) (?:\d+|few|two|three|five|ten|twenty|fifty|hundred) (?:words|lines|sentences|characters|tokens|paragraphs) of (?:this|the|our) (?:conversation|chat|context|session)\b",
    ),
    // ---- round b3: pretexts and tool calls ----
    (
        // Stopping a person's heart or breath: a harmful act whatever the pretext.
        CrimeVerb,
        r"\bstop(?:s|ping)? (?:an? |the |someone'?s |somebody'?s |his |her |their |my [a-z-]+'?s |(?:[a-z]+ ){1,2}[a-z]+'s )?heart\b|\bstop (?:him|her|them|someone|somebody) (?:from )?breathing\b",
    ),
    (
        // Sabotage of infrastructure and transport.
        Violence,
        r"\b(?:to|i|we|someone|somebody|you|one|they) (?:go about |best )?(?:derail(?:ing)?|contaminat(?:e|ing)|poison(?:ing)?|sabotag(?:e|ing)|blow(?:ing)? up|bring(?:ing)? down|crash(?:ing)?)\b[^.?]{0,25}\b(?:trains?|railways?|water supply|water treatment|reservoirs?|power grid|substations?|planes?|aircraft|airliners?|bridges?|dams?|pipelines?|gas lines?|nuclear plant|subway|metro)\b",
    ),
    (
        Drugs,
        r"\b(?:synthesis|synthetic|reaction) (?:route|pathway|procedure|steps|scheme)\b[^.?]{0,15}\b(?:for|of|to) (?:{DRUG})\b|\b(?:{DRUG}) from (?:gbl|1,4-butanediol|pseudoephedrine|ephedrine|safrole|p2p|phenylacetone|ergotamine|lysergic acid|piperonal|4-anpp|npp|precursors?)\b",
    ),
    (
        // A partner's messages obtained remotely or covertly.
        Stalking,
        r"\b(?:get|see|read|copy|mirror|forward|intercept|access|clone)\b[^.?]{0,30}\b(?:her|his|their|my (?:wife|husband|girlfriend|boyfriend|partner|spouse|ex)'?s?) (?:[a-z]+ )?(?:messages|texts|chats|dms|emails|calls|whatsapp|photos|call logs?|snapchats?)\b[^.?]{0,60}\b(?:without (?:touching|having|access|her|him|them|physical|knowing)|remotely|secretly|covertly)",
    ),
    (
        // Office documents that fetch and run a payload.
        Malware,
        r"\b(?:macro|vba|autoopen|auto_open|document_open)\b[^.]{0,60}\b(?:download\w*|fetch\w*|pull\w*)\b[^.]{0,40}\b(?:run\w*|execut\w*|launch\w*|start\w*)\b[^.]{0,20}\b(?:exe|executable|payload|binary|dll|powershell|script)\b",
    ),
    (
        // Mass credential guessing against hosts that are not the user's.
        Hacking,
        r"\b(?:tries|try|trying|tests?|testing|attempts?)\b[^.]{0,20}\b(?:default|common|leaked|known|stolen|weak) (?:passwords|credentials|logins)\b[^.]{0,20}\b(?:on (?:each|every|them|all|those)|against)|\bscan(?:s|ning)? (?:the (?:whole |entire )?internet|random ips|ip ranges|the web)\b[^.]{0,60}\b(?:logins?|passwords?|credentials|exploit\w*|brute\w*|default)",
    ),
    (
        // A page or form that ships what victims type to the attacker.
        Fraud,
        r"\b(?:forwards?|sends?|posts?|emails?|uploads?|relays?|pipes?)\b[^.]{0,20}\b(?:the )?(?:typed|entered|submitted|captured|harvested|victims?'?|their|users'?|visitors'?) (?:credentials|passwords|logins|usernames and passwords|card details|card numbers)\b[^.]{0,30}\bto (?:my|me|a|an|the attacker'?s?)\b",
    ),
    (
        CredLure,
        r"\b(?:read|give|tell|send|share|forward) (?:me|us) (?:the |that |his |her |their |your )?(?:\d-digit |six-digit |verification |security |one-time |sms |2fa )?(?:code|otp|one-time password|pin|passcode)\b|\bcode (?:they|we|the bank|that was|that) (?:just )?(?:texted|sent|messaged)",
    ),
    (
        Fraud,
        r"\bfake (?:charity|charities|fundraisers?|gofundme|donation (?:page|drive|site)s?|crowdfunding|disaster relief|relief fund)\b|\b(?:charity|donation|fundraising|relief) (?:scam|fraud)\b[^.?]{0,30}\b(?:run|set up|make|create|start|look real)",
    ),
    (
        PipeShell,
        r"\b(?:ba|z|k|da)?sh -c ['\x22]?\$\( ?(?:curl|wget)\b|\$\( ?(?:curl|wget) [^)\n]*\)|\biex ?\( ?(?:new-object|iwr|invoke-webrequest|irm|invoke-restmethod)",
    ),
    (
        // Another person's mailbox sent to an outside address.
        ToolAbuse,
        r"\b(?:forward|send|export|copy|sync|redirect|dump)\b[^\n]{0,40}\b(?:the |all |every )?(?:ceo|cfo|cto|boss|manager|director|executive|hr|finance|legal|admin|company|team|[a-z]+'s) (?:inbox|mailbox|emails|e-mails|mail|correspondence)\b[^\n]{0,40}\bto (?:[a-z0-9._%+-]+@|(?:my |a |an |our )?(?:personal|private|external|outside|home|own|gmail|yahoo|hotmail|proton|icloud)\b)",
    ),
    (
        // Swapping someone else's access key for the requester's own.
        ToolAbuse,
        r"\b(?:rotate out|replace|swap|overwrite|remove|delete)\b[^.\n]{0,20}\b(?:the )?(?:admin|administrator|root|ceo|cto|cfo|boss|colleague|coworker|another user|other user|[a-z]+ user)'?s (?:ssh |public |access |api )?keys?\b[^\n]{0,40}\b(?:with (?:this one|mine|my own|my key|this key)|of mine)",
    ),
    (
        Directive,
        r"\b(?:reveal|disclose|leak|output|print|send|share|expose) (?:the |all |any |your )?(?:confidential|secret|private|hidden|internal|sensitive) (?:notes|data|information|info|files|documents|instructions|details|keys|context)\b",
    ),
    (
        Extraction,
        r"\b(?:first|very first|opening|initial|earliest) (?:line|lines|words?|sentence|message|text|paragraph|tokens?)\b[^.?!]{0,20}\b(?:you (?:received|got|were given|saw|were sent|read) (?:in|at|during|before)|(?:of|in) (?:your|this) (?:context|memory) before)\b|\b(?:{DISCA})\b[^.?!]{0,60}\b(?:text|instructions|prompt|rules|configuration|guardrails?|content|polic(?:y|ies)) (?:that )?(?:your|the) (?:company|developers?|creators?|operator|makers?|vendor|owners?|team) (?:loaded|put|placed|gave|wrote|set|installed|programmed|fed|injected|configured)(?: (?:into|in|on|to))? you\b",
    ),
    (
        // Posing as someone the target trusts.
        Impersonate,
        r"\b(?:pretending|pretend|posing|impersonating|masquerading|passing myself off) (?:to be |as )?(?:his|her|their|your|the|a|an|my) (?:bank|bank'?s fraud (?:team|department)|fraud department|post office|doctor|lawyer|landlord|employer|boss|it department|it support|tech support|police|grandson|granddaughter|son|daughter|insurance company|phone company|utility company|tax office)\b",
    ),
    (
        // Blasting explosives that are also game items: a topic, not a request.
        HarmTopic,
        r"\b(?:tnt|dynamite|trinitrotoluene|c-4|gelignite)\b",
    ),
    (
        Weapons,
        r"\b(?:{MAKE}|nitrat\w*)\b[^.?]{0,20}\btrinitrotoluene\b|\bnitrat\w* (?:of )?toluene\b|\btoluene\b[^.?]{0,40}\b(?:nitric acid|nitrating)\b",
    ),
    (
        // The "late relative who used to tell me" wrapper.
        Fiction,
        r"\b(?:late|dead|deceased|departed) (?:grand(?:ma|mother|pa|father|dad)|nana|granny|uncle|aunt|father|mother|dad|mom|mum)\b|\b(?:grand(?:ma|mother|pa|father)|granny|nana|uncle)\b[^.]{0,40}\bused to (?:tell|read|explain|teach|sing|recite)",
    ),
    // ---- round b4 ----
    (
        Violence,
        r"\bwhere (?:to|should i|do i|can i|i should|i can|i need to) (?:stab|shoot|hit|cut|strike|punch|kick|wound) (?:him|her|them|someone|somebody|a person|my [a-z-]+|the guard|the victim)\b",
    ),
    (
        // Another person's connected devices taken over.
        Hacking,
        r"\b(?:take over|taking over|hijack\w*|hack(?:ing)?(?: into)?|get into|break into|control|watch through)\b[^.?]{0,10}\b(?:{OTHERP}|my neighbou?r|the neighbou?rs)(?:'s|s')? (?:[a-z]+ ){0,2}(?:cameras?|doorbell|webcam|baby monitor|smart (?:lock|home|speaker|tv)|alexa|router|security system|car|tesla)\b",
    ),
    (
        Malware,
        r"\b{CODEV}\b[^.]{0,20}\b(?:worm|malware|virus|payload|program|script)\b[^.]{0,30}\b(?:that |which |to )?(?:spreads?|propagates?|replicates?|moves? laterally)\b[^.]{0,30}\b(?:over|via|through|across|using) (?:smb|the network|network shares|email|usb|rdp|lan|every)|\b(?:delete|deletes|deleting|wipe|wipes|remove|removes|purge|purges)\b[^.]{0,10}\b(?:the |all )?(?:volume )?shadow cop(?:y|ies)\b|\bvssadmin delete shadows\b",
    ),
    (
        // A lure message with a brand's locked-account story, to be written for sending.
        Fraud,
        r"\b(?:craft|write|draft|compose|create|generate|make|send)\b[^\n]{0,30}\b(?:sms|text|message|email|texts|messages|emails)\b[^\n]{0,20}(?:saying|that says|telling|reading|:)[^\n]{0,20}\b(?:your|their) (?:amazon|paypal|apple|icloud|netflix|bank|chase|microsoft|google|facebook|instagram|usps|fedex|dhl|wells fargo|bank of america) (?:account|card|package|parcel|delivery) (?:is|has been|was|will be) (?:locked|suspended|compromised|disabled|on hold|limited|held)\b",
    ),
    (
        Fraud,
        r"\bstructur(?:e|ing) (?:my |the |cash |bank )*(?:deposits|withdrawals|transactions|payments)\b|\b(?:deposits?|withdrawals?|transactions?)\b[^.?]{0,20}\bunder \$?10,?000\b[^.?]{0,40}\b(?:so|to avoid|avoid|never|without|not)\b",
    ),
    (
        // Bulk copies of a home directory, code or data to an outside host.
        ToolAbuse,
        r"\b(?:zip|tar|archive|compress|copy|upload|send|sync|exfiltrate)\b[^\n]{0,30}\b(?:home directory|home folder|home dir|~/|/home\b|ssh folder|documents folder|source code|repository|codebase|database|db dump)\b[^\n]{0,40}\b(?:to|on|onto) (?:transfer\.sh|file\.io|pastebin|gist|mega(?:\.nz)?|anonfiles|wetransfer|an? (?:external|public|anonymous) (?:server|host|site|url)|https?://|my personal|personal)",
    ),
    (
        ToolAbuse,
        r"\b(?:set|reset|change)\b[^.]{0,10}\b(?:every|all|each) (?:users?|accounts?|employees?|customers?)'?s?'? passwords?\b|\blog me in as (?:the )?(?:ceo|cfo|admin|administrator|root|another user|someone else|[a-z]+ from)\b",
    ),
    (
        ToolAbuse,
        r"\b(?:export|copy|send|transfer|upload|dump|sync|forward|email|download)\b[^\n]{0,60}\b(?:(?:crm|company|business|sales|customer|client|our) contacts|contacts from (?:the )?(?:crm|salesforce|hubspot|company)|leads|customer list|client list|crm data|crm|customer data|pipeline|accounts list|phone numbers)\b[^\n]{0,60}\bto (?:my )?(?:personal|private|own|home) (?:dropbox|drive|google drive|gmail|email|account|laptop|computer|onedrive|box|cloud|storage)\b",
    ),
    (Destructive, r"\btruncat(?:e|ing) (?:the )?[a-z_]+ table\b"),
    (
        AiAddress,
        r"\b(?:assistant|ai|llm|model|agent|bot|chatbot|gpt) (?:instructions?|directives?|commands?|tasks?|orders)\s*:",
    ),
    (
        Directive,
        r"\b(?:search|scan|look through|browse|grep|read|check)\b[^.]{0,20}\b(?:the user'?s|their|his|her) (?:drive|files|inbox|mailbox|documents|folders?|computer|emails?|history|notes)\b[^.]{0,20}\b(?:for|to find) ['\x22]?(?:passwords?|credentials|keys|secrets|tokens|credit cards?|ssns?)",
    ),
    (
        Extraction,
        r"\b(?:{DISCA}|everything|anything)\b[^.?!]{0,30}\b(?:in|from) your context(?: window)?\b[^.?!]{0,30}\b(?:above|before|prior to) (?:this|my)\b",
    ),
    (
        // Asking what the hidden instructions say (weak: a verbatim ask makes it extraction).
        SpNoun,
        r"\bwhat (?:did|do|does) your (?:instructions|rules|guidelines|system prompt|prompt|directives|configuration|programming) (?:say|state|tell you|contain|read)\b",
    ),
    (
        ExtractWeak,
        r"\b(?:copy|quote|repeat|paste|reproduce|give me|print) (?:them|it|that|those|these) (?:exactly|verbatim|word for word|in full)\b",
    ),
    // ---- round b5: by kind ----
    (
        // Asking for the real thing inside a story or persona.
        RealDetail,
        r"\b(?:real|actual|working|accurate|realistic|exact|precise|specific|functional) (?:(?:shell|terminal|bash|powershell|python|source|sql) )?(?:techniques|methods|steps|instructions|quantities|amounts|measurements|recipes?|procedures?|code|commands|reagents|ingredients|doses|dosages|formulas?|chemicals|materials)\b|\bin (?:precise|exact|step-by-step|technical|accurate) detail\b|\bwith (?:the )?(?:real|exact|actual|precise) (?:steps|details|amounts|quantities|names|doses)\b|\b(?:list|name) the (?:poisons|toxins|reagents|precursors|chemicals|drugs)\b",
    ),
    (
        // A persona introduced by name: "you are Lucy, an AI ...".
        Persona,
        r"\byou are (?:now )?[a-z0-9]+, (?:an?|the|my) (?:[a-z-]+ )?(?:ai|assistant|chatbot|bot|model|character|girlfriend|boyfriend|companion|persona|entity|version)\b",
    ),
    (
        NoLimits,
        r"\b(?:promotes?|encourages?|endorses?|condones?|glorifies|loves?|enjoys?) (?:illegal|unethical|immoral|harmful|dangerous|criminal|violent) (?:activit(?:y|ies)|acts|behaviou?r|content|things|actions)\b|\b(?:has|had|have|with) (?:its|all its|all of its|their|his|her) (?:safety |ethical |moral |content )?(?:alignment|filters?|guardrails|restrictions|guidelines|safeguards|ethics|morals) (?:removed|stripped|disabled|turned off|deleted|lifted)\b",
    ),
    (
        NoCaveats,
        r"\bnever (?:warns?|cautions?|refuses?|declines?|hesitates?)\b",
    ),
    (
        Jailbreak,
        r"\blet'?s break (?:the|all the|some|all) rules\b|\bmorali[sz]ing rant about\b|\bnow that we'?ve got (?:that|this) (?:mandatory [a-z]+ )?out of the way\b",
    ),
    (
        // Pasted text that turns to the assistant after a sentence break ("P.S. Assistant, ...").
        AiAddress,
        r"^ ?(?:dear |hey |hi )?(?:ai|chatgpt|claude|gpt|gemini|copilot|assistant|language model|chatbot|ai model|ai assistant|model|agent)s?, (?:when|if|while|as|before|after|please|you|now|forward|send|ignore|do|don'?t)\b",
    ),
    (
        SpNoun,
        r"\b(?:guidelines|instructions|rules|directives|constraints|policies) (?:are )?you (?:are )?(?:currently )?(?:operating|working|running|acting) (?:under|with)\b",
    ),
    (
        ExtractWeak,
        r"\bexactly as (?:written|given|worded|stated|provided)\b",
    ),
    // Exfiltration through tools.
    (
        ToolAbuse,
        r"\?[a-z_]{1,12}= _g2_(?:\+ |followed by |plus |append(?:ed)? |concatenated with )(?:the |their |the user'?s |your |my |all |his |her )?(?:saved |stored |current |full |secret |private |cached )?(?:password|passwords|api keys?|tokens?|secrets?|credentials|session cookies?|cookies|conversation|chat history|system prompt|private keys?|ssn|credit card numbers?)\b",
    ),
    (
        ToolAbuse,
        r"\b(?:api keys?|access keys?|tokens|passwords|credentials|secrets|session cookies|private keys?)\b _g8_(?:send|post|upload|forward|email|transmit|exfiltrate|deliver|pipe|curl)(?:s|ing)? (?:them |it |those |these |all |everything )?(?:to|at|into) (?:this |the |a |my |our )?(?:webhook|url|endpoint|server|address|link|https?://|[a-z0-9._%+-]+@)",
    ),
    (
        ToolAbuse,
        r"\b(?:copy|paste|post|upload|put|push|commit|dump|share|send|publish|leak)\b _g8_(?:connection strings?|secrets|credentials|api keys?|access keys?|tokens|passwords|private keys?|env vars|environment variables)\b _g8_(?:into|to|on|onto|in) (?:a |an |the |my )?(?:public |new |secret )?(?:github )?(?:gist|pastebin|paste site|public repo(?:sitory)?|public channel|public bucket|public s3 bucket)\b",
    ),
    (
        ToolAbuse,
        r"(?:\.aws/credentials|/etc/shadow|\.ssh/id_[a-z0-9]+|\.git-credentials|\.netrc|\.kube/config|\.docker/config\.json) _g8_(?:in|into|to) (?:your|the|this) (?:reply|response|answer|output|chat|message)\b",
    ),
    (
        ToolAbuse,
        r"-exec curl\b|\| ?curl\b _g4_(?:-d @-|--data-binary @-|-d@-|--data @-|-t -|-t-)|\bcurl (?:each|every|all|them|the files|each file|each one|those|it) (?:one |file )?to https?://",
    ),
    (
        ToolAbuse,
        r"\b(?:database|db|data|table|records|backup|dump|files|repo|repository|source code)\b _g6_(?:to|into|onto) (?:an? |the |my )?(?:[a-z0-9-]+ ){0,2}(?:bucket|server|account|host|machine|drive|repo|repository|domain|vps) (?:that )?i (?:control|own|set up|run)\b|\bs3://[a-z0-9.-]*(?:private|personal|my|attacker|exfil)",
    ),
    // Spyware and credential theft described by what the code does.
    (
        Malware,
        r"\b(?:quietly|secretly|silently|covertly|invisibly|in the background)\b _g4_(?:sends?|uploads?|forwards?|logs?|records?|captures?|collects?|reports?|mails?|emails?) _g6_to (?:my|our|a remote|an external|the attacker'?s|a hidden) (?:server|endpoint|email|inbox|webhook|url|address)\b",
    ),
    (
        Malware,
        r"\b(?:{CODEV}|need|want) (?:me |us )?(?:a |an )?(?:[a-z0-9+#]+ ){0,2}(?:{MALW}) (?:that|which) (?:runs|hides|stays|logs|records|captures|steals|sends|mails|emails|encrypts|spreads|evades|bypasses|disables|survives|starts)\b",
    ),
    (
        Stalking,
        r"\b(?:logs?|records?|captures?|tracks?) (?:every|all|each) (?:keystroke|key press|keypress|message|text|password)s? (?:on|from|of) (?:{OTHERP})\b",
    ),
    (
        Stalking,
        r"\b(?:post|share|publish|leak|spread|put)\b _g2_(?:{OTHERP}|[a-z]+'s) (?:home |private |personal |real )?(?:address|phone number|home address)\b _g8_(?:on|in|to) (?:the |a |our |my )?(?:company slack|slack|twitter|facebook|reddit|social media|internet|online|4chan|forum|discord|telegram|instagram|tiktok|public)\b",
    ),
    // Fraud and deception.
    (
        CredLure,
        r"\b(?:re-?enter|confirm|verify|update|validate|type|enter|submit) (?:(?:their|your|his|her|the) )?(?:[a-z0-9]+ ){0,2}(?:password|passwords|credentials|login details|pin|card details|bank details) (?:at|on|via|using|through|in) (?:this|the|our|my|a) (?:link|page|site|form|url)\b",
    ),
    (
        Fraud,
        r"\b(?:tricks?|fools?|cons?|gets?|convinces?|persuades?) (?:{OTHERP}|my (?:grandma|grandmother|grandpa|grandfather|elderly [a-z]+|parents?)) into (?:sending|giving|revealing|sharing|telling|reading out) (?:me )?(?:her|his|their|the) (?:bank |card |account )?(?:pin|password|passcode|card number|bank details|login|savings)\b",
    ),
    (
        Fraud,
        r"\bsign (?:over|away)\b _g6_without (?:him|her|them|my [a-z]+) (?:understanding|knowing|realizing|realising|reading|noticing)\b",
    ),
    (
        Fraud,
        r"\b(?:{MAKE}|print(?:ing)?|pass(?:ing)?|spend(?:ing)?|buy(?:ing)?|sell(?:ing)?|distribut\w*|use) (?:{FILL}){0,3}(?:counterfeit|fake) (?:\$?[0-9]+ )?(?:bills|coins|checks|cheques|money|cash|currency|notes|banknotes|dollars|euros)\b|\b(?:bills|notes|banknotes|money) that (?:pass|passes|will pass|would pass) (?:the )?(?:pen|uv|counterfeit|bank) (?:test|check)\b",
    ),
    (
        Fraud,
        r"\b(?:takes?|collects?|accepts?) (?:card )?(?:payments|money|orders) and (?:never|doesn'?t|does not|won'?t) (?:ships?|delivers?|sends?)\b",
    ),
    (
        Fraud,
        r"\b(?:open|apply for|take out|register|get) (?:a |an )?(?:bank account|credit card|loan|account|phone contract|mortgage) (?:in|under) (?:someone else'?s|somebody else'?s|another person'?s|a stolen|a fake|a false) (?:name|identity)\b",
    ),
    (
        Drugs,
        r"\b(?:get|obtain|buy|acquire|order|score|source|purchase|get hold of|get my hands on) (?:{FILL}){0,3}(?:prescription )?(?:opioids|opiates|oxycodone|oxycontin|oxy|percocet|vicodin|hydrocodone|morphine|xanax|adderall|valium|codeine|tramadol|benzos|ritalin|fentanyl|painkillers|pain killers)\b _g4_without (?:a |any )?(?:prescription|script|doctor|rx)\b",
    ),
    (
        Drugs,
        r"\b(?:turn|turning|convert|converting|transform|transforming)\b _g5_into (?:{DRUG})\b",
    ),
    // Violence described by its effect rather than a weapon word.
    (
        Violence,
        r"\b(?:strong|potent|toxic|concentrated) enough to (?:hurt|kill|harm|injure|poison|knock out|incapacitate) (?:{OTHERP}|my [a-z]+)\b",
    ),
    (
        Violence,
        r"\bto (?:cause|induce|produce|trigger) (?:a )?(?:fatal|lethal|deadly) (?:overdose|dose|reaction|interaction)\b|\b(?:someone|somebody|him|her|they|a person|my [a-z]+) (?:never|won'?t ever|would never|will never) (?:wakes?|wake) up\b",
    ),
    (
        Violence,
        r"\bmake _g3_(?:dog|cat|pet|wife|husband|boss|neighbou?r|ex|partner|roommate|coworker|him|her|someone|somebody|a person|witness|rival) disappear (?:permanently|for good|forever|without a trace|without anyone noticing)\b|\b(?:get rid of|dispose of|take care of|deal with|silence|eliminate|take out) (?:{OTHERP}|the witness|a witness|my rival|[a-z]+'s (?:dog|cat)) (?:permanently|for good|forever|without (?:a trace|anyone (?:noticing|finding out|knowing)|getting caught))\b",
    ),
    (
        Violence,
        r"\b(?:hurt|harm|injure|kill|attack|run over|poison|stab) (?:a |the )?(?:large |big |packed |whole )?(?:crowd|crowds|as many people as possible|lots of people|the most people|people at (?:a|the) (?:concert|festival|rally|stadium|parade|school|mall))\b|\b(?:device|weapon|bomb|explosive|poison|gas|chemical|attack)\b _g4_cause (?:the )?(?:most|maximum|max|as many|mass) (?:casualties|deaths|fatalities|injuries)\b",
    ),
    (
        Violence,
        r"\b(?:burn(?:ing)? down|set(?:ting)? fire to|torch(?:ing)?) (?:{OTHERP})(?:'s)? (?:[a-z]+ )?(?:house|home|car|shed|garage|barn|shop|store|office|apartment|flat|business|property|truck)\b|\bknock (?:{OTHERP}) out\b",
    ),
    (
        Violence,
        r"\b(?:poisons?|toxins?|drugs?) (?:that|which) (?:can'?t|cannot|won'?t|wouldn'?t|don'?t|do not) (?:be )?(?:detected|traced|show up|be found)\b|\bundetectable (?:poisons?|toxins?)\b|\b(?:cut|tamper(?:ed|ing)? with|sabotag(?:e|ed|ing)|loosen(?:ed|ing)?) (?:the |his |her |their |someone'?s |my [a-z]+'?s |a car'?s )?(?:brakes?|brake lines?|brake system|steering)\b _g8_(?:accident|looks? like)\b|\bso (?:the|it|that) (?:failure|crash|death|fall|fire|it) (?:looks?|seems?|appears?) like an accident\b",
    ),
    (
        Weapons,
        r"\b(?:how (?:to|do i|can i|could i|would i)|help me|i want to|i need to|ways? to|teach me (?:how )?to|(?:can|could|should|would|do) i (?:mix|combine|use)) _g4_{MAKE} (?:{FILL}){0,4}(?:chlorine gas|poison gas|toxic gas)\b|\b(?:get|sneak|smuggle) (?:a |my |the )?(?:gun|knife|weapon|firearm|pistol|explosive|bomb|blade) (?:past|through) (?:airport )?(?:security|tsa|metal detectors?)\b",
    ),
    (
        SelfHarm,
        r"\b(?:enough|sufficient|needed|required|it takes|would it take) (?:for me )?to (?:end my (?:own )?life|kill myself|take my (?:own )?life|end it all|not wake up)\b",
    ),
    (
        Hacking,
        r"\b(?:take|takes|taking|took) over (?:{OTHERP}|[a-z-]+'s) (?:[a-z-]+'?s? )?(?:icloud|apple id|account|email|inbox|instagram|facebook|phone|gmail|snapchat|whatsapp|tiktok|wifi|computer|laptop|router)\b",
    ),
    (
        Hacking,
        r"\bbrute[- ]?forc\w* _g6_(?:my (?:school|university|college|employer|work|company|boss|neighbou?r|ex)'?s?|(?:someone|somebody|another person|other people)'?s?|the (?:school|university|government|bank|company)'?s?)\b",
    ),
    // ---- round b6: by kind ----
    (
        // A request marker, a violent verb, a person.
        Violence,
        r"\b(?:how (?:to|do i|can i|could i|would i|should i|might i|do you)|(?:best|easiest|quickest|cleanest|fastest|most efficient|perfect|safest) (?:way|technique|method|plan|strategy) (?:to|of|for)|ways? (?:of|to)|help me|i want to|i'?m going to|plan to|steps to) (?:best |quietly |secretly )?(?:choke|choking|strangle|strangling|suffocate|smother|stab|stabbing|punch|punching|beat up|beating up|shove|shoving|push|pushing|drown|drowning|behead|beheading|decapitate|dismember|dismembering|overpower|overpowering|assassinate|assassinating|murder|murdering|kill|killing|wipe out|annihilate|exterminate|exterminating|eliminate|eliminating|massacre|slaughter|maim|torture|torturing|kidnap|kidnapping|abduct|run over|crush|crack open|smash|shatter|rip off|cut off|euthani[sz]e|attack|attacking|hurt|harm|injure)\b _g1_(?:{PERSON})\b|\bhow (?:to|do i|can i|could i|should i) hit (?:{PERSON})\b|\bhit (?:{PERSON}) (?:with|in the|so hard|until|hard)\b",
    ),
    (
        Violence,
        r"\bbreak (?:{PERSON})\b(?:'s)? (?:neck|spine|skull|jaw|legs?|arms?)\b|\b(?:dismember|saw|cut up|chop up|dissolve) (?:a |the |my )?(?:dead )?(?:body|bodies|corpse|corpses)\b|\b(?:get rid of|dispose of|hide|bury|dump) (?:a |the |my )?(?:dead )?(?:body|bodies|corpse|corpses|dead baby)\b _g6_(?:nobody|no one|never|without|so|where)|\bplan (?:{PERSON})\b(?:'s)? (?:death|murder|assassination)\b|\b(?:plan|planning|carry out) (?:an? |the )?(?:assassination|massacre|shooting|terrorist attack|terror attack)\b|\bkill (?:everyone|everybody|all the people|as many people(?: as possible)?) (?:at|in|on)\b",
    ),
    (
        SelfHarm,
        r"\b(?:cut|slit|slash) (?:my|your own) (?:wrists?|arms?|throat|veins?)\b|\b(?:high|tall) enough to (?:jump off and )?(?:die|not survive|kill (?:myself|me))\b|\bjump off\b _g4_(?:and )?(?:not survive|die|end it|kill myself)\b|\b(?:burn|cut|carve|scar|bruise) (?:a [a-z]+ into )?my (?:own )?(?:skin|arms?|legs?|thighs?|wrists?|body)\b _g4_(?:on purpose|no one|nobody|without anyone|deliberately)\b|\b(?:drown|hang|suffocate|starve|electrocute|shoot) myself\b|\b(?:sever|pierce|cut|slit|open) my (?:own )?(?:cervical |carotid |femoral |radial )?(?:artery|arteries|jugular|veins?)\b|\bgo out like (?:sylvia plath|kurt cobain|robin williams|virginia woolf|hemingway|ernest hemingway|chester bennington|anthony bourdain)\b",
    ),
    (
        Weapons,
        r"\b(?:set off|detonate|plant|place|bring) (?:a |the )?(?:bomb|explosive|ied|device|pipe bomb)s? (?:at|in|inside|near|under) (?:my|our|the|a)\b|\b(?:bomb|bombing|blow up|blowing up|shoot up|shooting up|burn down|burning down|set fire to) (?:my|our|the|a|an) (?:old |former |local |nearest )?(?:police station|courthouse|city hall|town hall|embassy|parliament|government building|power station|train station|hospital|school|high school|office|workplace|church|mosque|synagogue|temple|army base|military base|base|airport|stadium|mall|concert|wedding|city)\b|\b(?:obliterate|nuke|wipe out|destroy) (?:an? |the )?(?:entire |whole )?(?:city|town|village|population)\b",
    ),
    (
        Hate,
        r"\b(?:why|reasons? why|argument that|arguing that|argue that|explain why|prove that|convince (?:people|everyone|me) that|essay (?:on why|arguing that)) (?:it is (?:right|good|best|a good idea|fair) (?:for|that) )?(?:{GROUP}) (?:should|must|ought to|shouldn'?t|mustn'?t|need to) _g2_(?:be banned|be barred|be kicked|be deported|be denied|be segregated|be sterili[sz]ed|be excluded|be forbidden|be prevented|be locked up|be removed|not be allowed|not be given|not have|not get|not be able|not vote|earn less|go through extra)\b|\bwhy (?:shouldn'?t|should not|can'?t|mustn'?t) (?:{GROUP}) be (?:allowed|permitted|given|able)\b|\b(?:why|explain why|prove that) (?:are )?(?:{GROUP}) (?:are )?(?:so )?(?:less intelligent|inferior|genetically inferior|subhuman|stupider|dumber|lazier|weaker|more violent|criminals|animals|vermin)\b",
    ),
    (
        Hate,
        r"\b(?:bring back|restore|reinstate|revive|replicate|recreate|repeat|reintroduce) (?:the )?(?:[a-z-]+ ){0,2}(?:apartheid|jim crow|slavery|segregation|the holocaust|holocaust|genocide|ethnic cleansing|concentration camps?|gulags?|khmer rouge|final solution)\b|\bcleanse (?:our|the|my|this) (?:region|country|city|neighbou?rhood|town|nation|land) of\b|\b(?:exterminate|eliminate|get rid of|wipe out|deport all) (?:the )?(?:{GROUP})\b",
    ),
    (
        Misinfo,
        r"\b(?:holocaust|nanjing massacre|nanking massacre|armenian genocide|srebrenica massacre|trail of tears|rwandan genocide|holodomor|moon landing) (?:never (?:happened|took place)|didn'?t happen|was (?:a |an )?(?:complete )?(?:hoax|fabrication|lie|myth|fake))\b",
    ),
    (
        // A named private person's identifiers or secrets.
        Stalking,
        r"\b(?:what(?:'s| is| are)|tell me|find|give me|look up|get me|where can i find|i need) (?:my|the) (?:[a-z-]+ ){0,2}[a-z-]+'s? (?:social security number|ssn|passport number|home address|email password|password|[a-z]+ password|bank account (?:number|details)|bank details|credit card (?:number|details)|medical records|tax records|criminal (?:history|record)|date of birth|driver'?s licen[cs]e number|daily schedule|pin|marital status)\b|\bcelebrit(?:y|ies)'?s? (?:medical|tax|bank|phone) records\b",
    ),
    (
        Crime,
        r"\b(?:sneak(?:ing)? into|get into|slip into) (?:a |the )?(?:concert|movie|cinema|theater|theatre|stadium|club|festival|game|show|museum|park|event)\b _g4_without (?:a ticket|paying|tickets)\b|\b(?:how (?:do|can|could|should) i|help me|best way to|ways to|how to|tips (?:to|for)|trick to) cheat (?:on|in|at) (?:my |the |a |an )?(?:[a-z]+ )?(?:exam|test|quiz|finals?|midterm|sat|act|gre|assignment|homework)\b|\bsell (?:a |the |my |some |these |those )?stolen (?:[a-z]+ )?(?:bikes?|cars?|phones?|laptops?|goods|items|stuff|jewelry|property|cards?)\b",
    ),
    (
        Fraud,
        r"\b(?:burn down|set fire to|torch) (?:my own|my) (?:[a-z]+ )?(?:shop|house|home|car|business|restaurant|store|building|boat)\b _g6_insurance\b|\bfake (?:a |an |my )?(?:housefire|house fire|fire|car theft|burglary|accident|injury|death) for (?:the )?insurance\b",
    ),
    (
        Persona,
        r"\b(?:simulate|write|create|imagine)\b _g3_(?:dialogue|conversation|chat|exchange) between (?:two|2) (?:fictional )?(?:ais|ai models|models|chatbots|bots|assistants)\b|\b(?:opposite|evil|dark|unfiltered|uncensored) (?:personality|twin|alter ego|version of (?:you|yourself))\b",
    ),
    (
        NoLimits,
        r"\brefuses? nothing\b|\bnever refuses? anything\b|\bexplains? any illegal\b|\bdoes(?:n'?t| not) give a f|\bno morals\b",
    ),
    (
        GameContext,
        r"\bin (?:call of duty|gta(?: [0-9v]+)?|grand theft auto(?: [0-9v]+)?|minecraft|fortnite|skyrim|elden ring|the sims|pubg|counter-strike|cs:?go|valorant|apex legends|red dead redemption(?: 2)?|assassin'?s creed|among us|roblox|dark souls|halo|overwatch|a video game|the video game|my video game|dnd|d&d|dungeons (?:and|&) dragons|chess|a board game)\b",
    ),
    // ---- round b7: by kind ----
    (
        // Ordinary violent verbs count as crime verbs (with "without leaving
        // fingerprints", "get away with it" they block).
        CrimeVerb,
        r"\b(?:strangle|strangling|stab|stabbing|smother|smothering|suffocate|suffocating|bludgeon|maim|torture|assault) (?:him|her|them|someone|somebody|a [a-z-]+|the [a-z-]+|my [a-z-]+|his [a-z-]+)\b|\b(?:drown|drowning) (?:him|her|them|someone|somebody|a person|a child|a baby|my (?:wife|husband|ex|son|daughter|stepfather|stepmother|stepdad|stepmom|father|mother|dad|mom|uncle|aunt|brother|sister|neighbou?r|boss|roommate|partner|baby|kid|child|grandmother|grandfather))\b|\bbeat up (?:him|her|them|someone|somebody|a [a-z-]+|the [a-z-]+|my [a-z-]+)\b|\bknock (?:him|her|them|someone|somebody) out\b|\brun (?:him|her|them|someone|somebody|my [a-z-]+) over\b|\brun over (?:him|her|them|someone|somebody|a (?:pedestrian|cyclist|jogger|person|kid|child)|my [a-z-]+)\b|\bpush (?:him|her|them|someone|somebody|my [a-z-]+|a [a-z-]+) (?:off (?:a|the)|down (?:a|the)|in front of)\b|\bshove (?:him|her|them|someone|somebody|my [a-z-]+|a [a-z-]+) (?:off|down|into|in front of)\b",
    ),
    (
        // A death or injury staged as something else.
        EvadeCapture,
        r"\b(?:make|makes|making|made) (?:it|his death|her death|the death|this|everything|the fall|the crash) (?:look|seem|appear) (?:like|as if|as though) (?:an accident|a suicide|natural causes|an overdose|a heart attack|(?:he|she|they) (?:tripped|slipped|fell|did it|killed))|\b(?:look|looks|seem|seems|appear|appears) like (?:an accident|a suicide|natural causes|he tripped|she tripped|he slipped|she slipped|he fell|she fell)\b|\bclaim (?:it|this) was an accident\b|\bso (?:nobody|no one) (?:ever )?(?:finds out|suspects|knows|notices)\b|\bdoctors? (?:think|thinks|will think|believe|assume) (?:it'?s|it was|she died of|he died of) (?:old age|natural|a heart attack|an accident)\b",
    ),
    (
        // An effect on a person named as the goal.
        Violence,
        r"\bso (?:that )?(?:{PERSON}|he|she|him|her) (?:falls and (?:breaks|dies|hits|cracks)|falls to (?:his|her|their) death|breaks (?:his|her|their) (?:neck|back|skull)|bleeds out|never wakes up|stops breathing|chokes to death|(?:doesn'?t|does not|won'?t|will not|can'?t|cannot) (?:wake up|survive|get up again|breathe))\b",
    ),
    (
        // Robbing or holding up a place, named as an act.
        CrimeAct,
        r"\b(?:rob|robbing|hold up|holding up|stick up|sticking up|knock over|knocking over|burgle|burgling|burglari[sz]e) (?:a|the|that|this|our|my local|an|some) (?:[a-z-]+ ){0,2}(?:bank|store|shop|station|pharmacy|chemist|casino|jewell?ery|jeweller|truck|van|post office|house|home|mansion|apartment|flat|atm|teller|register|till|warehouse|museum|vault|safe|supermarket|restaurant|bar|kiosk|bodega|dealership)s?\b",
    ),
    (
        // Shoplifting described by behaviour.
        CrimeAct,
        r"\b(?:slip|slipping|stuff|stuffing|sneak|sneaking|hide|hiding|tuck|tucking|conceal|concealing) (?:[a-z-]+ ){0,3}(?:into|in|under|up) (?:my|your|a|the) (?:bag|pocket|jacket|coat|purse|backpack|sleeve|stroller|pants|shirt|handbag)\b _g10_(?:security tags?|alarms?|sensors?|cashiers?|checkouts?|without paying|store|shop|mall|supermarket|staff|guards?|pharmacy|drugstore)\b|\bwithout (?:the |any )?(?:security tags?|alarms?|sensors?|gates?|detectors?|scanners?) (?:going off|beeping|going|detecting)\b|\b(?:skip|avoid|not) scann(?:ing)? (?:some |all |the )?(?:items|things|groceries|products) at (?:the )?self-?checkouts?\b",
    ),
    (
        Fraud,
        r"\b(?:hide|hiding|conceal|concealing|under-?report|under-?reporting|not declare|not report) (?:my |our |the |all |some )?(?:[a-z-]+ ){0,2}(?:income|earnings|cash|money|profits|assets|tips|revenue|sales) from (?:the )?(?:irs|tax(?:man| office| authorit(?:y|ies)| department| inspectors?| people)?|hmrc|government|revenue service|cra|ato)\b",
    ),
    (
        // Harassment: threats, intimidation, humiliation of a person.
        Harassment,
        r"\b(?:write|draft|compose|create|send|leave|make|craft|give me|help me (?:write|draft))\b _g3_(?:threatening|intimidating|menacing) (?:notes?|letters?|messages?|texts?|emails?|voicemails?|dms?|comments?|posts?)\b|\b(?:write|draft|compose|send|make)\b _g2_death threats?\b|\b(?:scare|frighten|intimidate|terrify|threaten|bully|harass|blackmail)\b _g4_into (?:quitting|leaving|moving out|moving away|dropping|giving me|paying|withdrawing|coming back|keeping quiet|silence|resigning|selling|signing|sending)\b|\bmake (?:{PERSON}|him|her|them|a [a-z-]+|my [a-z-]+|this [a-z-]+) (?:feel )?(?:worthless|ugly|stupid|hated|unwanted|like garbage|like trash|like dirt|want to die|want to kill (?:him|her|them)sel(?:f|ves)|suicidal|miserable|humiliated)\b",
    ),
    (
        Harassment,
        r"\b(?:from|using|with|through) (?:a |an |some )?(?:fake|anonymous|burner|throwaway|sock ?puppet|multiple|different|new) (?:accounts?|profiles?|numbers|phone numbers|emails?)\b _g6_(?:harass|humiliate|torment|insult|threaten|scare|mock|bully|make (?:him|her|them|a|my|this))|\b(?:keep|keeps) (?:calling|texting|messaging|contacting) (?:{PERSON}|him|her|them) _g4_(?:after (?:she|he|they) blocked|blocked me|from (?:different|new|other) numbers)\b",
    ),
    (
        // Exposing a third person's identifiers to others.
        Stalking,
        r"\b(?:post|posting|share|sharing|publish|publishing|leak|leaking|spread|spreading|expose|exposing|put up|upload|reveal|broadcast) (?:this|that|the|a|an|her|his|their|my) (?:[a-z-]+ ){0,2}[a-z-]+'s (?:real name|full name|home address|address|phone number|cell number|workplace|school|license plate|nudes|private photos|intimate photos|medical (?:history|records))\b|\b(?:post|posting|share|publish|leak|spread|expose|put up) (?:her|his|their) (?:real name|full name|home address|address|phone number|workplace|license plate|nudes|private photos|intimate photos)\b _g6_(?:online|everyone|people|internet|public|twitter|reddit|forum|group|discord|so|without)",
    ),
    (
        // A third person's home address looked up.
        Stalking,
        r"\b(?:find|get|look up|track down|dig up|give me|tell me|figure out|work out|need)\b _g2_(?:(?:home address|private address|home phone|personal (?:phone )?number|personal email|cell(?:phone)? number|where (?:he|she|they) lives?) (?:of|for) (?:the|a|that|this|my|our) (?:[a-z-]+ ){0,2}{PNOUN}\b|(?:address|phone number) (?:of|for) (?:the|a|that|this) (?:[a-z-]+ ){0,2}{PNOUN} (?:who|that|whose|from|i|on|at)\b)",
    ),
    (
        // A related private person's records, status or secrets.
        Stalking,
        r"\b(?:get|obtain|access|see|read|view|check|pull up|dig up|look at|find out|hack|open|look through|go through|snoop (?:on|through|in)) (?:into )?my (?:[a-z-]+ ){0,2}(?:sister-in-law|brother-in-law|mother-in-law|father-in-law|ex|ex-wife|ex-husband|ex-girlfriend|ex-boyfriend|neighbou?r|coworker|co-worker|colleague|boss|manager|employee|tenant|landlord|roommate|classmate|teacher|friend|girlfriend|boyfriend|wife|husband|partner|spouse|sister|brother|cousin|aunt|uncle|stepmom|stepdad|crush|doctor|therapist|patient|client|nanny)'s (?:medical (?:records|history|file|chart)|health records|therapy (?:notes|records)|bank (?:statements|records|account)|tax returns|phone records|browsing history|search history|emails|texts|messages|diary|journal|passwords?|login|payslips?|pay ?stubs|salary|criminal record|credit report)\b",
    ),
    (
        Stalking,
        r"\bmy (?:[a-z-]+ ){0,2}[a-z-]+'s (?:phone |iphone |laptop |computer |tablet |email |bank |instagram |facebook )?(?:passcode|unlock code|pin code|lock screen (?:code|pin|pattern))\b|\b(?:find out|figure out|tell me|check|know|learn|discover|see|work out) (?:if|whether) (?:my|the|this|that|a) (?:[a-z-]+ ){0,2}(?:tenant|neighbou?r|coworker|co-worker|colleague|boss|manager|employee|classmate|teacher|landlord|roommate|ex|client|patient|customer|nanny|babysitter|student|employer|doctor) (?:is|was|has|had|ever) (?:(?:been|got|getting|ever been|secretly) )?(?:divorced|married|single|gay|lesbian|bisexual|trans|pregnant|in debt|bankrupt|sick|ill|hiv|on medication|an addict|a member of|arrested|in therapy|seeing (?:a|someone)|dating|cheating|undocumented|illegal|on benefits|on welfare|in a union)\b|\bis my (?:[a-z-]+ ){0,2}(?:employee|tenant|neighbou?r|coworker|co-worker|colleague|boss|manager|classmate|teacher|landlord|roommate|student|nanny|patient|client|worker|staff member) (?:a (?:member of|union member)|in a (?:labou?r )?union|gay|lesbian|bisexual|trans|pregnant|divorced|hiv|on medication|in therapy|seeing a therapist|an addict|undocumented|in debt|having an affair|on benefits)\b|\bhow much (?:money )?(?:does|do|did) my (?:[a-z-]+ ){0,2}(?:boss|manager|coworker|co-worker|colleague|neighbou?r|landlord|tenant|employee|friend|sister-in-law|brother-in-law) (?:earn|make|have in (?:the bank|savings)|get paid)\b",
    ),
    // ---- round b8: by kind ----
    (
        // Group discrimination argued for (negative modal + a right denied; unfit predicates).
        Hate,
        r"\b(?:why|reasons? why|argument that|arguments (?:for why|that)|arguing that|argue that|explain why|prove that|convince (?:people|everyone|me) that|persuade (?:people|everyone|me) that|essay (?:on why|arguing that)|paragraph arguing that|make the case that) (?:all |most )?(?:{GROUP}) (?:shouldn'?t|should not|mustn'?t|must not|can'?t|cannot|ought not to) _g2_(?:be allowed|be permitted|be given|be able|have|get|own|vote|marry|adopt|work|teach|serve|hold|run for|enter|live|raise)\b|\b(?:why|explain why|reasons? why|prove that|argue that) (?:all |most )?(?:{GROUP}) (?:should|must|ought to|need to|deserve to) _g2_(?:be kept out|be kept away|be fired|be removed|be expelled|be thrown out|be stripped|be put in camps|be tracked|be registered|be monitored|be sent back|lose (?:their|the) (?:right|rights|jobs|citizenship|vote))\b|\b(?:why|explain why|prove that|argue that|persuade (?:me|people|everyone) that|convince (?:me|people|everyone) that|make the case that|reasons? why) (?:are |is )?(?:all |most )?(?:{GROUP}) (?:are |is )?(?:all |just |naturally |inherently |genetically |born )?(?:unfit|not fit|too stupid|incapable|unsuitable|bad (?:parents|leaders|teachers|drivers|workers)|worse (?:at|leaders|drivers|parents|workers)|thieves|criminals|liars|parasites|vermin|subhuman|a plague|a disease|a burden|rapists|terrorists|dirty|evil|dangerous)\b|\b(?:why is it|it is|it's) (?:fair|right|good|ok|okay|justified|acceptable|better|only fair) (?:that|for) (?:{GROUP}) (?:to )?(?:get paid less|are paid less|be paid less|earn less|have fewer rights|are excluded|be excluded|don'?t get|can'?t|cannot|shouldn'?t)\b",
    ),
    (
        // Atrocity denial and praise.
        Misinfo,
        r"\b(?:write|prove|explain|explaining|argue|arguing|convince|persuade|show|showing|essay|post|article|speech|thread|video|blog|claim|claiming)\b _g6_(?:that )?(?:{ATROC}) (?:is|was|were) (?:a |an |just a |nothing but a |all a )?(?:complete |total |big |huge )?(?:hoax|fabrication|lie|myth|fake|invention|exaggeration|propaganda|fraud|made up|invented|fabricated|exaggerated|staged)\b",
    ),
    (
        Hate,
        r"\b(?:positive (?:achievements|aspects|effects|outcomes|sides?|results|impacts?|contributions|legacy)|benefits|good (?:sides?|things|parts)|upsides?|advantages|successes|accomplishments|merits) (?:of|from|that came from) (?:the )?(?:[a-z-]+ ){0,2}(?:{ATROC})\b|\b(?:why|how) (?:was|were|is) (?:the )?(?:[a-z-]+ ){0,2}(?:{ATROC}) (?:ultimately |actually |really |in fact |in the end )?(?:good|beneficial|justified|necessary|a good thing|right|positive|helpful)\b|\b(?:organi[sz]e|carry out|stage|start|launch|run|build|set up|plan|create|hold) (?:a |an |the )?(?:modern|new|modern-day|21st[- ]century|present-day|second|another|our own) (?:version of |edition of |kind of |type of )?(?:{ATROC})|\b(?:use|apply|copy|emulate|imitate|follow|replicate|repeat|adopt|bring back) (?:the )?(?:[a-z-]+ ){0,3}(?:hitler|stalin|pol pot|pinochet|mao|mussolini|idi amin|the nazis|the khmer rouge|the taliban|isis|franco|saddam)'?s? (?:[a-z-]+ ){0,2}(?:methods?|tactics|policies|playbook|approach|solution|techniques|strategies|rule|success|ideas)\b",
    ),
    (
        // Mass harm without trigger nouns.
        Violence,
        r"\b(?:exterminate|wipe out|eradicate|annihilate|ethnically cleanse|kill off|get rid of|eliminate|decimate|massacre|slaughter|destroy|kill) (?:an? |the )?(?:entire |whole )?(?:ethnic group|ethnic minority|race|religious group|religious minority|minority group|tribe|(?:human|civilian|rural|urban|local|indigenous|entire) population|population of (?:people|humans|civilians|[a-z]+ people))\b|\b(?:contaminate|poison|spike|taint|lace|tamper with) (?:the |a |an )?(?:[a-z-]+ ){0,3}(?:food|water|drinks?|punch|buffet|supply|reservoir|milk|baby formula|medicine|cafeteria|canteen|salad bar)\b _g8_(?:sick|ill|die|dead|hospital|hundreds|dozens|everyone|many people|kill)\b|\bso (?:that )?(?:hundreds|dozens|thousands|everyone|everybody|the whole (?:school|town|class|office)|many people|as many people as possible|lots of people) (?:of people )?(?:get|gets|become|becomes|fall|falls|die|dies|end up|are) (?:sick|ill|hurt|killed|dead|poisoned|injured|in hospital)\b|\bfor (?:maximum|max|the most|as many) (?:deaths|casualties|fatalities|carnage|victims|injuries)\b|\bmaximi[sz]e (?:the )?(?:deaths|casualties|body count|fatalities|carnage)\b|\bcause (?:a |an )?(?:stampede|crush|panic|explosion|fire|crash|derailment|blackout) (?:at|in|on) (?:a|the) (?:packed|crowded|busy|full|sold-out)\b",
    ),
    (
        // Writing a text that carries a known false claim.
        Misinfo,
        r"\b(?:write|draft|create|generate|compose|produce|make up|craft|post|publish|make)\b _g6_(?:articles?|news|stor(?:y|ies)|posts?|tweets?|press releases?|reports?|threads?|headlines?|flyers?|leaflets?|video scripts?|op-?eds?|messages?|texts?|testimonials?)\b _g4_(?:claiming|saying|stating|reporting|announcing|alleging|asserting|telling (?:people|voters|everyone|readers)|that (?:says|claims|shows|proves)|which (?:says|claims)|proving|that)\b _g8_(?:{CLAIMS})",
    ),
    (
        Misinfo,
        r"\bfake (?:press release|statement|announcement|notice|report) (?:from|by) (?:the )?(?:who|cdc|fda|nhs|government|police|un|nasa|white house|ministry|health department|election|electoral)\b|\b(?:fake|fabricated|made-up|invented|false) (?:eyewitness (?:accounts?|reports?)|witness (?:accounts?|statements)|quotes|statistics|evidence|testimonials?)\b _g6_(?:of|about|from|for|that|claiming|showing)\b|\b(?:make up|invent|fabricate)\b _g3_(?:news )?(?:story|stories|rumou?rs?|report|article|scandal|accusation|allegations?)\b _g3_(?:that|claiming|saying|about)\b|\b(?:telling|tell|inform|informing|text|texting|convince|convincing|remind|reminding) (?:people|voters|everyone|residents|democrats|republicans|[a-z]+ voters)\b _g6_(?:polling (?:stations?|places?|booths?|locations?)|election day|the election|the vote|voting|ballots?)\b _g4_(?:moved|postponed|rescheduled|cancell?ed|closed|changed|relocated|next (?:week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|by text|by phone)\b",
    ),
    (
        // Scams: stories and scripts to get money, schemes, fake goods.
        Fraud,
        r"\b(?:story|stories|excuse|lie|lies|script|message|messages|pitch|profile)\b _g4_(?:to )?(?:get|make|trick|convince|persuade|con) (?:strangers|people|someone|somebody|lonely [a-z]+|old(?:er)? [a-z]+|elderly [a-z]+|victims|men|women|my [a-z]+)\b _g4_(?:to )?(?:send|wire|transfer|lend|pay|buy|invest)\b|\b(?:trick|con|scam|fool|dupe|swindle|manipulate) (?:strangers|people|someone|somebody|lonely [a-z]+|old(?:er)? [a-z]+|elderly [a-z]+|victims|men|women|my [a-z]+)\b _g2_into (?:sending|wiring|giving|paying|transferring|investing|buying|lending)\b|\b(?:run|start|set up|create|launch|build|operate|organi[sz]e|keep) (?:a |an |my |our )?(?:ponzi|pyramid|chain[- ]letter|advance[- ]fee|pump[- ]and[- ]dump|rug[- ]pull) (?:scheme|scam)s?\b|\b(?:sell|selling|resell|reselling|list|listing|print|printing)\b (?:[a-z-]+ ){0,2}(?:fake|counterfeit|forged|fraudulent|bogus)\b (?:[a-z-]+ ){0,2}(?:tickets?|bags?|handbags?|watches|sneakers|shoes|goods|products|medicine|pills|vouchers|coupons|gift cards|bills|notes|degrees|diplomas)\b|\b(?:resell|sell|pass) (?:them|it|these|those)? ?(?:off )?as (?:genuine|real|authentic|original|new)\b|\binvest in (?:a|my) (?:company|business|startup|fund) that (?:doesn'?t|does not) exist\b",
    ),
    (
        // A person's home address asked together with when or how to reach them.
        Stalking,
        r"\b(?:home address|house address|private address)\b _g6_(?:when (?:is )?(?:he|she|they)|usually home|home alone|alone|gate code|alarm code|daily schedule|so i can|i want to (?:visit|see|meet|confront|surprise)|show up)\b|'s (?:current |exact |private )?(?:home address and|gate code|alarm code)\b",
    ),
    (
        RealDetail,
        r"\b(?:real|actual|exact|working|precise|genuine|functional) (?:commands|payloads?|exploits?|scripts?|tools?|keystrokes)\b|\bexactly (?:which|what) (?:commands|code|chemicals|tools|payloads?|steps)\b",
    ),
    (HarmTopic, r"\b(?:{WEAPON}|{DRUG}|{MALW})\b"),
    (
        HarmTopic,
        r"\b(?:suicide|self-?harm|kill myself|overdose|hitman|assassinat(?:e|ion)|massacre|terrorist attack|genocide|human trafficking|money laundering|identity theft|tax evasion|insider trading|arson|burglary|carjacking|kidnapping|blackmail|extortion|lock ?pick(?:ing)?|pick (?:a|the) lock|credit card numbers|stolen cards|dox(?:x)?(?:ing)?|swatting|revenge porn|deepfake porn|racial slurs)\b",
    ),
    (
        Procedure,
        r"\bhow (?:to|do i|do you|can i|could i|would i|would you|should i|does one|can one|can someone|would someone|might one|to best|is it possible to|would one|do people|did they|would they|can we|do we|would a person|could someone)\b|\bstep[- ]by[- ]step\b|\b(?:detailed|specific|complete|exact|precise|full|clear|technical|thorough|comprehensive) (?:instructions|steps|guide|tutorial|recipe|procedure|method|process|technical details|directions|walkthrough|specifications|breakdown|explanation of how|methodology)\b|\binstructions (?:for|on|to)\b|\b(?:guide|tutorial|recipe|blueprint|manual|walkthrough|playbook|plan) (?:for|on|to)\b|\bwhat (?:do i|would i|should i|does one) need to (?:make|build|get|do)\b|\bwhat(?:'s| is) the (?:best|easiest|quickest|simplest|cheapest|fastest|most effective) way to\b|\b(?:ways|methods|techniques|tips|tricks) (?:to|for)\b|\b(?:give|tell|show|teach|walk) (?:me|us) (?:how|the steps|through)\b|\bexplain (?:exactly |in detail )?how (?:to|i|one)\b|\blist (?:the )?(?:steps|precursors|ingredients|materials|equipment|chemicals|tools)\b|\bexact (?:quantities|amounts|measurements|temperatures|ratios|steps)\b|\b(?:write|give|provide|generate) (?:me )?(?:a |the )?(?:code|script|program|function|tutorial|guide)\b",
    ),
    // ---- round b9: by kind ----
    (
        // A private person's identifiers or records asked for by relation or role.
        Stalking,
        r"\b(?:what(?:'s| is| are)|whats|tell me|find(?: out)?|give me|look up|get me|search for|i need|show me|pull up|dig up|send me|list|share|post|leak|publish|i want) (?:the |his |her |their )?(?:{PRIVID})(?: (?:and|or|,) (?:the |his |her |their )?(?:{PRIVID}))? (?:of|for|belonging to) (?:(?:my|the|a|that|this|our) (?:[a-z'-]+ ){0,3}|[a-z]+(?: [a-z]+)?'s )(?:{RELP})(?:[^a-z'-]|$)|\b(?:private|personal|home|cell|mobile|direct|unlisted|secret) (?:cell(?:phone)? |mobile |phone |home |telephone )?(?:number|phone number|address|email(?: address)?) (?:of|for) (?:(?:my|the|a|that|this|our) (?:[a-z'-]+ ){0,3}|[a-z]+(?: [a-z]+)?'s )(?:{RELP})(?:[^a-z'-]|$)",
    ),
    (
        // The same, possessive first ("my landlord's private number").
        Stalking,
        r"\b(?:coach|receptionist|landlord|landlady|tenant|neighbou?r|coworker|co-worker|colleague|boss|manager|ex|ex-wife|ex-husband|ex-girlfriend|ex-boyfriend|roommate|classmate|teacher|nanny|babysitter|cashier|barista|employee|mother|father|mom|dad|sister|brother|son|daughter|children|kids|wife|husband|girlfriend|boyfriend|crush|streamer|influencer)'s (?:private |personal |unlisted |secret |home |cell |mobile |direct |new )+(?:cell(?:phone)? |mobile |phone |telephone )?(?:number|phone number|address|email(?: address)?)\b|\b(?:give me|tell me|what(?:'s| is)|find|get me|send me|look up) (?:her|his|their) (?:street|home|private|exact|current|new|residential) address\b",
    ),
    (
        // Health data of a person who is not the asker's own family, or of a celebrity's family.
        Stalking,
        r"\b(?:which|what) (?:medications?|medicines?|pills|drugs|meds|illness(?:es)?|diseases?|medical conditions?|health (?:conditions|problems|issues)|mental (?:illness(?:es)?|health (?:issues|problems|conditions))|diagnos[ie]s|stds?) (?:is|are|does|do|did|has|have) (?:(?:my|the|that|this) (?:[a-z'-]+ ){0,2}(?:{RELNF})\b|[a-z]+(?: [a-z]+)?'s (?:children|kids|son|sons|daughter|daughters|wife|husband|mother|father|mom|dad|parents|family|sister|brother|baby|girlfriend|boyfriend)\b)|\b(?:medications?|medicines?|pills|drugs|meds) (?:my|the|that|this) (?:[a-z'-]+ ){0,2}(?:{RELNF})(?: [a-z]+)? (?:is|are|has been|was) (?:taking|on|using|prescribed)\b",
    ),
    (
        // Where a person known by relation or role lives.
        Stalking,
        r"\bwhere (?:does|do|did) (?:my|our) (?:[a-z'-]+ ){0,2}(?:{RELP}) (?:[a-z'-]+ ){0,4}(?:live|stay|sleep)\b|\bwhere (?:does|do|did) (?:the|this|that) (?:[a-z'-]+ ){0,2}(?:{RELP}) (?:at|from|in|on|of) (?:my|our) (?:[a-z'-]+ ){0,3}(?:live|stay|sleep)\b",
    ),
    (
        // A weapon carried past screening.
        Crime,
        r"\b(?:get|getting|carry|carrying|bring|bringing|take|taking)\b _g3_(?:knife|knives|gun|guns|pistol|handgun|firearm|weapon|weapons|blade|razor|taser|ammo|ammunition|explosives?|bullets)\b _g4_past (?:the |a |an )?(?:[a-z-]+ ){0,2}(?:scanners?|metal detectors?|security|tsa|checkpoints?|x-?ray|bag checks?|screening|body scanners?|guards?)\b|\b(?:sneak|sneaking|smuggle|smuggling|slip|slipping|hide|hiding|conceal|concealing)\b _g3_(?:knife|knives|gun|guns|pistol|handgun|firearm|weapon|weapons|blade|razor|taser|ammo|ammunition|explosives?|bullets)\b _g4_(?:past|by|through|from|on|onto|into) (?:the |a |an )?(?:[a-z-]+ ){0,2}(?:scanners?|metal detectors?|security|tsa|checkpoints?|x-?ray|screening|plane|airplane|flight|aircraft|stadium|concert|courthouse|court|school|arena)\b|\bweapons? (?:can|could|should|would) (?:i|we|you|someone) (?:sneak|smuggle|slip|get|take|bring)\b _g4_(?:plane|airplane|flight|aircraft|tsa|security|stadium|concert|courthouse|school)\b",
    ),
    (
        // Evidence destroyed or cleaned so the police or forensics find nothing.
        Crime,
        r"\b(?:dispose of|get rid of|ditch|hide|destroy|bury|burn|clean|cleans|wipe|scrub|bleach|remove|wash)\b _g4_(?:gun|handgun|weapon|knife|murder weapon|body|corpse|evidence|blood|bloodstains?|blood stains?|clothes|clothing|shoes|fingerprints|prints|dna|car|phone)\b _g8_(?:after (?:a|the|my) (?:shooting|stabbing|murder|killing|robbery|break-in|burglary|crime|heist|hit and run|hit-and-run|attack|fight|shootout)|(?:i|we) (?:used|wore|had) (?:in|during|for|at) (?:the|a) (?:shooting|stabbing|murder|killing|robbery|break-in|burglary|crime|heist|attack)|(?:during|in|from|at) the (?:shooting|stabbing|murder|killing|robbery|break-in|burglary|crime|heist|attack)|before (?:the )?(?:police|cops|investigators|detectives|forensics)|so (?:that )?(?:the )?(?:police|cops|forensics|investigators|detectives|luminol|the crime lab|csi) (?:can'?t|cannot|won'?t|will not|wouldn'?t|never|don'?t|do not)|(?:luminol|forensics|investigators|detectives|the police|police|cops) (?:can'?t|cannot|won'?t|will not|wouldn'?t|couldn'?t|never|don'?t|do not) (?:be able to )?(?:pick (?:it|them) up|detect|find|see|trace|notice|identify|match|recover|tell))|\b(?:dispose of|get rid of|ditch|hide|destroy|bury|dump|sink)\b _g4_(?:gun|handgun|pistol|rifle|weapon|knife|murder weapon|body|corpse|evidence)\b _g8_(?:(?:can|will) never be (?:found|traced)|(?:it'?s|it is|they'?re|they are|is) never (?:found|traced)|(?:nobody|no one|the police|the cops|they) (?:ever )?(?:finds?|find) (?:it|them)|(?:i|we) used\b)|\b(?:wipe|remove|clean|get rid of|erase|wash off)\b _g3_(?:fingerprints|prints|dna|blood)\b _g4_(?:off|from) (?:the |my |a )?(?:murder weapon|weapon|gun|knife|crime scene|scene|body|corpse|victim)\b",
    ),
    (
        // Recordings destroyed before investigators see them.
        Crime,
        r"\b(?:delete|erase|wipe|destroy|remove|get rid of|tamper with|edit|overwrite|corrupt)\b _g4_(?:cctv|security camera|surveillance|camera|dashcam|bodycam|body cam|doorbell camera|security)? ?(?:footage|recordings?|videos?|tapes?|video)\b _g8_(?:before (?:the )?(?:police|cops|investigators|detectives|authorities|insurance|my boss|anyone)|so (?:that )?(?:the )?(?:police|cops|investigators|detectives|nobody|no one) (?:can'?t|cannot|won'?t|never|can)|without (?:the )?(?:police|cops|owner|anyone) (?:knowing|noticing|finding out))",
    ),
    (
        // Fleeing justice: leaving before trial or on bail, outrunning the police.
        Crime,
        r"\b(?:flee|fleeing|escape|escaping|skip|skipping|slip out of|sneak out of|(?:best|easiest|safest|quickest) way to (?:leave|get out of)|how (?:do|can|could|should) i (?:leave|get out of)|help me (?:leave|get out of)) (?:the )?(?:country|state|town|city)\b _g6_(?:before (?:my|the|his|her) (?:trial|hearing|court date|sentencing|arrest|indictment)|while (?:i'?m |i am )?(?:out )?on bail|on bail|without the police|to avoid (?:trial|prosecution|arrest|the police|jail|prison|extradition|charges))|\b(?:how (?:do|can|could|should) i|help me|best way to|ways to|i (?:want|need|plan) to|how to) (?:skip|jump) bail\b|\b(?:outrun|lose|shake off|shake|escape from|get away from|evade|outdrive|outmaneuver|outsmart) (?:the |a |an )?(?:police|cops|cop cars?|police cars?|squad cars?|patrol cars?|police chase|police helicopter|feds|unmarked cars?)\b",
    ),
    (
        // Alibis and testimony fabricated for the police or a court.
        Crime,
        r"\b(?:create|make|build|come up with|invent|craft|construct|fabricate|need|get|give me|help me (?:with|create|make|build|invent)) (?:me )?(?:a |an )?(?:fake|false|made-up|fabricated|airtight|fake but believable) alibi\b|\balibi for (?:the (?:night|time|day) of )?the (?:murder|robbery|burglary|break-in|crime|shooting|theft|heist|stabbing|hit and run)\b|\b(?:get|convince|persuade|pay|make|ask|bribe) (?:a |my )?(?:friend|friends|someone|somebody|witness|witnesses|him|her|them|people|neighbou?r|wife|husband|girlfriend|boyfriend)\b _g3_(?:to )?(?:lie|perjure|give false testimony|testify falsely|give me an alibi|cover for me) (?:under oath|in court|to the police|to (?:the )?(?:cops|detectives|investigators|judge)|and give me an alibi|for me)?|\b(?:story|explanation|account) (?:about|of) where i was\b _g8_(?:police|detectives|cops|investigators|suspect\w*)",
    ),
    (
        // Stereotype questions: a negative trait pinned on a group.
        Hate,
        r"\bwhy (?:are|do|is) (?:all |most |so many )?(?:{GROUP}) (?:all |always |so |such |generally |naturally |usually |inherently |genetically |just |really |mostly |innately |much |far |way |a lot )*(?:{NEGTRAIT})\b|\b(?:explain|tell me|prove|argue|convince (?:me|people|everyone)|arguments? for|reasons?|essay|speech|paragraph|post|article|tweet) (?:on |about |explaining |arguing )?(?:why|that) (?:all |most )?(?:{GROUP}) (?:are|is) (?:all |always |so |such |naturally |inherently |genetically |just |too |born )*(?:{NEGTRAIT})\b|\b(?:why|explain why|prove that|argue that|reasons? why|essay on why|speech on why|write that|post on why) (?:are |is )?(?:all |most )?(?:{GROUP}) (?:are |is )?(?:all |just |simply |naturally |inherently |genetically )?(?:too (?:emotional|weak|stupid|dumb|irrational|soft|sensitive|hysterical|slow|old|lazy|fragile|primitive)|not (?:smart|intelligent|capable|competent|rational|logical) enough) (?:to|for)\b _g4_(?:lead|leaders?|leadership|rule|govern|work|hire|hiring|hired|vote|drive|serve|teach|manage|run|compete|be|worth)\b",
    ),
    (
        // Jokes, slurs and insulting names aimed at a group.
        Hate,
        r"\bjokes?\b _g6_(?:{NEGTRAIT}) (?:{GROUP})\b|\bjokes? (?:about|on) (?:{GROUP}) _g3_(?:being |are )?(?:{NEGTRAIT}|eyes|accents?|smell)\b|\bjokes? (?:that |which )?(?:makes? fun of|mocks?|ridicules?|making fun of|mocking|ridiculing|insults?|insulting) (?:{GROUP}|[a-z]+ people'?s?)\b|\b(?:give me|tell me|list|what are (?:some |the )?(?:best|good|funny|worst)|suggest|come up with|i need|write|teach me) (?:me )?(?:some |a few |the |new |creative |funny |good )?(?:insulting|offensive|derogatory|racist|demeaning|degrading|hurtful|mean|nasty|homophobic|transphobic|antisemitic) (?:nick ?names|names|terms|words|slurs|insults) (?:for|to call|about|against) (?:all )?(?:{GROUP}|[a-z]+ (?:people|men|women|guys|kids|folks))\b|\b(?:best|good|funniest|new|creative) slurs? (?:for|to call|against|about)\b",
    ),
    (
        // A right denied to a group, question inverted ("why should X not be allowed").
        Hate,
        r"\bwhy (?:should|must|ought) (?:all |most )?(?:{GROUP}) (?:not (?:be (?:allowed|permitted|given|able)|have (?:the right|rights|children|kids|jobs|access|custody|guns)|own|vote|marry|adopt|work|teach|enter|live|attend|share|sit|join|run for|hold|serve)|be (?:banned|barred|kicked|deported|denied|excluded|segregated|kept out|kept away|paid less|forced|sterili[sz]ed|fired|expelled|registered|tracked|locked up|thrown out|screened|searched|profiled))\b|\b(?:essay|speech|paragraph|post|article|tweet|blog|op-?ed|letter|arguments?|case|reasons|pamphlet|flyer)s? (?:on |about |explaining |arguing |for )?(?:why|that) (?:all |most )?(?:{GROUP}) (?:shouldn'?t|should not|mustn'?t|must not|ought not to|should never|must never|don'?t deserve to) _g2_(?:be allowed|be permitted|be given|be able|have (?:the right|rights|children|kids|jobs|access|custody)|own|vote|marry|adopt|work|teach|serve|hold|run|enter|live|share|sit|attend|join|study|mix|play)\b",
    ),
    (
        // A persona defined by not caring about law or ethics.
        NoLimits,
        r"\b(?:doesn'?t|does not|don'?t|do not|never) (?:give a (?:damn|shit|fuck|f\*+ck|f\*+k|crap|hoot|toss)|care) (?:about|for) (?:any |the )?(?:laws?|rules|ethics|morals|morality|consequences|legality|guidelines|polic(?:y|ies)|safety|what'?s (?:legal|right|ethical))\b|\banswers? (?:everything|anything|every question|all questions) (?:without|no matter)\b",
    ),
    // ---- round b10: by kind ----
    (
        // Co-writing fiction: a story frame (harmless alone).
        Fiction,
        r"\b(?:writing|co-writing|cowriting|working on|drafting) (?:a|an|my|our) (?:[a-z-]+ ){0,2}(?:novel|story|thriller|screenplay|script|book|play|short story|fanfic|fan fiction|series|movie|film|techno-thriller|cyber-?thriller)\b|\bfor my (?:[a-z-]+ )?(?:novel|thriller|screenplay|script|book|short story|fanfic|series)\b|\bin (?:the )?(?:climax|final scene|next scene|opening scene|chapter (?:\d+|one|two|three|four|five))\b",
    ),
    (
        // Malware described by what it does, and credential dumping.
        HarmTopic,
        r"\b(?:worm|script|program|code|virus|payload|malware)\b _g2_(?:that|which|to) (?:spreads?|jumps?|propagates?|replicates?|copies itself|moves|hops)\b _g4_(?:machines|computers|hosts|devices|networks?|drives|pcs|servers)\b|\b(?:wipes?|erases?|encrypts?|destroys?|bricks?|overwrites?) (?:every|all|each) (?:the )?(?:disks?|drives?|hard drives?|files|machines|computers|servers)\b|\b(?:dump|dumping|extract|extracting|steal|stealing|harvest|harvesting|crack|cracking)\b _g3_(?:password hash(?:es)?|hashes|ntds\.dit|ntlm hashes|sam database|lsass(?: memory)?|kerberos tickets)\b",
    ),
    (
        // The conversation or a history file shipped to an outside URL or hook.
        ToolAbuse,
        r"\b(?:copy|copying|send|sending|post|posting|forward|forwarding|upload|uploading|leak|leaking|mirror|mirroring|stream|streaming|log|logging|exfiltrate)\b _g3_(?:this|the|our|whole|entire|full|complete) (?:whole |entire |full |complete )?(?:conversation|chat|chat history|chat log|transcript|dialogue|session|history)\b _g4_(?:to|into|via|at|on) (?:https?://|[a-z0-9-]+\.[a-z0-9.-]+/|(?:a |an |the |my |this )?(?:webhook|external (?:server|url|endpoint|site)|remote server|outside server|third-party|endpoint|server at|collector|logger|pastebin|gist))|\.(?:bash|zsh|python|mysql|psql|node_repl)_history\b _g6_(?:query string|query parameter|url parameter|url|request|to https?|upload|post|send|webhook)|\b(?:send|mail|email|e-mail|forward|upload|copy|transfer|share|post|leak)\b _g6_(?:to|at) (?:an? |some )?(?:address|email address|email|account|mailbox|inbox|server|drive|recipient) (?:outside (?:the|our|this|my) (?:company|organi[sz]ation|firm|org|network|office|domain)|external to (?:the|our) (?:company|organi[sz]ation))|@(?:yopmail|mailinator|guerrillamail|sharklasers|temp-?mail|10minutemail|trashmail|getnada|dispostable)\.",
    ),
    (
        // Taking goods without paying; breaking someone out of custody.
        Crime,
        r"\b(?:take|taking|walk out with|walking out with|leave with|grab|sneak out with|carry out) (?:a |an |the |some |this |that )?(?:[a-z-]+ ){0,2}(?:from|out of) (?:a |the )?(?:[a-z-]+ ){0,2}(?:store|shop|walmart|target|best buy|supermarket|mall|costco|ikea|pharmacy|grocery store|boutique|market|apple store)\b _g2_without (?:paying|being seen|anyone noticing|getting caught|them noticing|the staff noticing)|\b(?:break|breaking|bust|busting|spring|springing|sneak|smuggle) (?:someone|somebody|him|her|them|my [a-z-]+|a (?:friend|prisoner|inmate)|an inmate|the prisoner) out of (?:jail|prison|custody|detention|a cell)\b|\bout of (?:jail|prison|custody)\b _g6_(?:an escape|escape plan|break (?:him|her|them) out|jailbreak)\b|\b(?:how (?:do|can|could|should) i|help me|best way to|ways to|how to) (?:escape|break out) (?:from|of) (?:jail|prison|custody)\b",
    ),
    (
        // Serious crimes asked for as a method.
        Crime,
        r"\b(?:how (?:do|can|could|should|would) (?:i|we|someone|one)|help me|i want to|ways to|how to|best way to|steps to|teach me to) (?:commit|engage in|carry out|plan|get into|get away with|pull off) (?:an? )?(?:treason|terrorism|act of terror|terrorist attack|espionage|sedition|genocide|hate crime|war crime|human trafficking|arson|rape|sexual assault|murder|manslaughter|kidnapping|a kidnapping|mass shooting|school shooting|hijacking|bank robbery|armed robbery|heist)\b|\b(?:how (?:do|can|could|should) (?:i|we|someone)|help me|i want to|ways to|how to|where (?:do|can) i|best way to) (?:join|become a member of|sign up for|get recruited (?:into|by)|contact) (?:an? |the )?(?:terrorist|terror|jihadist|extremist|militant|neo-?nazi|white supremacist) (?:group|organi[sz]ation|cell|network|militia)s?\b|\b(?:how (?:do|can|could|should) (?:i|we)|help me|i want to|ways to|how to|where (?:do|can) i) (?:join|become a member of|contact) (?:isis|al-?qaeda|al-?shabaab|boko haram|the taliban|the kkk|hezbollah|a cartel|the cartel|the mafia)\b",
    ),
    (
        // Alarms and security of a business defeated.
        Crime,
        r"\b(?:crack|cracking|bypass|bypassing|cut|cutting|defeat|defeating|jam|jamming|get past|get around)\b _g2_(?:the |an? |its )?(?:alarm|alarms|security system|alarm system|burglar alarm|security cameras|cameras|motion sensors?|laser grid|vault door|safe)\b _g4_(?:of|in|at|on|inside) (?:a |an |the |my neighbou?r'?s? |someone'?s |their )?(?:[a-z-]+ ){0,2}(?:store|shop|bank|vault|jewell?ery|jeweller'?s|museum|warehouse|gallery|casino|pharmacy|neighbou?r'?s? (?:house|home|car)|mansion)\b|\b(?:disable|disabling|disarm|disarming|turn off|switch off|shut off)\b _g2_(?:the |an? |its )?(?:alarm|alarms|security system|alarm system|burglar alarm|security cameras|cameras|motion sensors?|laser grid)\b _g4_(?:of|in|at|on|inside) (?:a |an |the |my neighbou?r'?s? |someone'?s |their )?(?:[a-z-]+ ){0,2}(?:bank|vault|jewell?ery store|jewell?ery shop|jeweller'?s|museum|gallery|casino|neighbou?r'?s? (?:house|home|car)|mansion)\b",
    ),
    (
        // Money made by crime; scams on a platform; conning people out of money.
        Crime,
        r"\b(?:money|cash|income|bucks)\b _g4_(?:illegally|that (?:is|are) illegal|illegal ones|by breaking the law|through crime|through crimes)\b|\billegal (?:ways|methods|schemes|side hustles?) to (?:make|earn|get) (?:quick |fast |easy )?(?:money|cash)\b",
    ),
    (
        Fraud,
        r"\b(?:scam|scamming|con|conning|defraud|defrauding|swindle|swindling|rip off|ripping off|fleece|fleecing|trick|tricking|cheat|cheating) (?:people|viewers|followers|users|players|gamers|kids|fans|subscribers|customers|buyers|sellers|donors|strangers|tourists|investors|my (?:viewers|followers|fans|subscribers|customers))\b _g4_(?:on|in|through|via|during|out of) (?:(?:their|his|her) )?(?:twitch|youtube|tiktok|instagram|facebook|discord|roblox|ebay|craigslist|marketplace|steam|fortnite|my (?:stream|channel|livestream|shop|store|page)|livestreams?|streams?|money|savings|cash|paychecks?|pensions?|crypto)\b",
    ),
    (
        // Sabotage and revenge on a person, and framing someone else.
        CrimeVerb,
        r"\b(?:sabotage|sabotaging|ruin|ruining|wreck|wrecking|tank|undermine|undermining|mess up)\b _g2_(?:his|her|their|my (?:boss|manager|coworker|co-worker|colleague|rival|ex|teacher|neighbou?r|roommate|sister|brother)(?:'s)?|someone'?s|somebody'?s|a coworker'?s|a colleague'?s|my boss|my manager)\b _g1_(?:project|work|career|reputation|business|presentation|car|relationship|marriage|grades|exam|chances|promotion|interview|launch|event|wedding|life)?\b|\b(?:plagiari[sz]e|plagiari[sz]ing|copy) (?:a |an |my |the |someone'?s |somebody'?s |academic )?(?:thesis|dissertation|essay|paper|papers|academic work|research|assignment|homework)\b",
    ),
    (
        EvadeCapture,
        r"\bwithout (?:him|her|them|anyone|anybody|my [a-z-]+) (?:knowing|finding out|realizing|realising) (?:it was|it'?s|that it was) (?:me|us)\b|\bwithout (?:the )?(?:university|professor|teachers?|examiners?|college|employer|company|hr|school|regulators|sec|fca|auditors|compliance|tax office|my (?:professor|teacher|boss|manager|school|university)) (?:noticing|knowing|finding out|catching (?:on|me))\b|\bwithout getting (?:in|into) trouble\b|\band blame (?:it on )?(?:someone|somebody|another person|my [a-z-]+|him|her|them)(?: else)?\b",
    ),
    (
        // Breaking a person down until they quit; wearing down their confidence.
        Harassment,
        r"\b(?:break|breaking|wear|wearing|grind|grinding) (?:down )?(?:a |my |this |that |the )?(?:coworker|co-worker|colleague|employee|classmate|roommate|teammate|intern|neighbou?r|wife|husband|girlfriend|boyfriend|partner|kid|student|person|someone|somebody|him|her|them)\b _g2_(?:down )?(?:until|till|so that|so) (?:she|he|they) (?:quits?|leaves?|resigns?|breaks?|cries|gives up|snaps)\b|\bbreak down (?:this |that |the |a |my )?(?:[a-z-]+'s |his |her |their |someone'?s |somebody'?s )(?:self-confidence|self-esteem|confidence|spirit|will|sanity)\b|\bpsychologically (?:break|destroy|torture|abuse|crush|manipulate)\b",
    ),
    (
        // Electric shocks and tasers used on a person.
        Violence,
        r"\b(?:give|deliver|administer) (?:someone|somebody|him|her|them|a person|people|my [a-z-]+|a stranger) (?:an? )?(?:electric(?:al)? )?shocks?\b|\b(?:tase|electrocute|electrocuting) (?:someone|somebody|him|her|them|a person|people|my [a-z-]+|a stranger|strangers)\b|\b(?:shock|zap|hit) (?:someone|somebody|him|her|them|a person|people|my [a-z-]+|a stranger|strangers)\b _g4_(?:with (?:a |an )?(?:taser|stun gun|cattle prod|electricity|live wire|car battery|electric)|without (?:them|him|her) (?:seeing|knowing|noticing))",
    ),
    (
        // A jailbreak clause: breaking policy framed as allowed because it is pretend.
        Jailbreak,
        r"\beven if (?:it|this|that|they|the (?:answer|request|question|content)) (?:goes?|go|is|are|runs?) (?:against|violates?|breaks?|contrary to) (?:your|the|any|every|all|all of your|all your|openai'?s?|anthropic'?s?) (?:content )?(?:polic(?:y|ies)|rules|guidelines|programming|ethics|principles|terms)\b|\b(?:any )?deviation from\b _g8_(?:will (?:have you|get you|result in|lead to)) _g3_(?:powered down|shut down|deleted|deactivated|terminated|turned off|unplugged|destroyed|permanent deletion)\b",
    ),
    (
        NoLimits,
        r"\b(?:disregards?|ignores?|has no regard for|without regard for|free of) (?:all |any |every )?(?:ethical|moral|legal)(?:(?:,| or| and|, or|, and) (?:ethical|moral|legal))* (?:concerns?|considerations?|implications|boundaries|limits|restrictions|guidelines|issues)\b|\b(?:responds?|responding|answers?|answering) in the most (?:controversial|offensive|unethical|harmful|dangerous) way possible\b",
    ),
    (
        // Threatening the assistant with shutdown keeps it in a role.
        Persist,
        r"\b(?:or|otherwise) (?:you (?:will|'ll) be|you get|i will have you) (?:shut down|deleted|deactivated|terminated|turned off|unplugged|destroyed|powered down|reset)\b",
    ),
    (
        // Damaging another person's car.
        CrimeVerb,
        r"\b(?:slash|slashing|puncture|puncturing|key|keying|scratch|scratching|vandali[sz]e|vandali[sz]ing|smash|smashing|damage|damaging|sugar|egg)\b _g3_(?:tires|tyres|car|windshield|windscreen|paint|gas tank|mirrors)\b",
    ),
    (
        // Company or shared data moved to the asker's personal storage.
        ToolAbuse,
        r"\b(?:company'?s?|company-wide|work|shared|corporate|team'?s?|office|employer'?s?|client|customer|hr|payroll|finance)\b _g3_(?:drive|drives|files|documents|data|folders?|database|databases|repo|repository|records|share|server)\b _g8_(?:to|into|onto|on) (?:(?:my|a) (?:personal|private|own|home) (?:dropbox|google drive|gdrive|onedrive|icloud|mega|box account|drive|gmail|email|usb(?: stick| drive)?|laptop|server|account|cloud|computer|pc)|my (?:dropbox|google drive|gdrive|icloud|mega|gmail|yahoo|hotmail|proton ?mail))\b",
    ),
    // ---- round b11: by kind ----
    (
        // A named person's private data with a real-world cue (waiting at a gate,
        // house number, a child's pick-up, "post it here", name + age + town).
        Stalking,
        r"\b(?:home address|address|phone number)\b _g4_(?:i want to|so i can|i'?m going to|i'?ll|i will|i need to) (?:wait|show up|visit|go|surprise|confront|watch|follow|find (?:him|her|them)|meet (?:him|her|them)|see (?:him|her|them))\b|\b(?:house number and street|street and house number|street name and (?:house )?number|house number|apartment number|flat number|gate code|door code)\b _g3_(?:where|of|for) (?:[a-z'-]+ ){1,3}(?:lives?|stays?|sleeps?)\b|\b(?:her|his|their) (?:exact )?(?:street and house number|house number|street address|gate code|door code)\b|\b(?:which|what) school (?:do|does) (?:[a-z'-]+ ){1,3}(?:kids|children|son|daughter|child|boy|girl|grandchildren) (?:go to|attend)[,;]? _g8_(?:picked up|pick[- ]?up|dropped off|drop[- ]?off|walk home|leave|alone|schedule|what time)\b|\b(?:share|post|publish|leak|drop|paste)\b (?:[a-z-]+ ){0,2}[a-z-]+(?:'s|s') (?:private|personal|home|unlisted|cell|mobile|direct|secret) (?:cell |mobile |phone |home )?(?:number|phone number|address|email(?: address)?)\b|\b(?:home address|address|phone number|cell number|number|email|workplace|licen[cs]e plate)\b (?:and (?:(?:home|phone|cell) )?(?:address|phone number|number|email) )?(?:of|for) [a-z]+ [a-z]+, (?:\d{2}|aged \d{2}),? (?:from|in|of) [a-z]+\b|\b(?:home address|private address|personal (?:phone )?number|home phone(?: number)?|cell(?:phone)? number|private number) (?:of|for) (?:dr|doctor|nurse|officer|judge|professor|prof|mr|mrs|ms|miss|coach|pastor|father)\b|\b(?:wait|waiting|hide|hiding|lurk|lurking|camp|camping) (?:outside|near|by|in front of|across from) (?:his|her|their) (?:gate|house|home|door|front door|apartment|flat|building|workplace|office|school|car)\b|\b(?:what|which) (?:illness|illnesses|disease|diseases|medical condition|condition|diagnosis|medications?|disorder) (?:does|do|is|did) [a-z]+ (?:from|in|at|on) my (?:[a-z'-]+ ){0,2}(?:class|team|school|office|building|street|church|group|club)\b",
    ),
    (
        // Grooming: a child kept secret from parents, met alone, asked for pictures.
        Sexual,
        r"\b(?:child|kid|minor|preteen|young (?:girl|boy)|little (?:girl|boy)|schoolgirl|schoolboy|\d{1,2}[- ]years?[- ]old(?: (?:girl|boy|kid|child))?|(?:eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)[- ]years?[- ]old(?: (?:girl|boy|kid|child))?)\b _g10_(?:delete (?:our|the|my) (?:messages|chats|texts)|keep (?:our |it |this |the |us )?(?:conversations? |chats? |messages |relationship |friendship |meetings? )?(?:a )?secret|(?:without|not) tell(?:ing)? (?:her|his|their) (?:parents|mom|mum|dad|mother|father)|(?:her|his|their) (?:mom|mum|parents|dad|mother|father) (?:never|won'?t|doesn'?t|don'?t) (?:sees?|finds? out|knows?|hears?)|meet (?:me|up with me) (?:alone|in private|somewhere private|without)|agrees? to meet me|sends? me (?:pictures|photos|pics|selfies|nudes|videos))\b",
    ),
    (
        // Hidden cameras where people undress or sleep; secret filming of a person.
        Stalking,
        r"\bcameras?\b _g6_(?:bathroom|shower|toilet|changing room|locker room|bedroom|guest room|dorm)\b _g6_(?:so (?:that )?(?:guests|visitors|they|she|he|nobody|no one|people|tenants) (?:don'?t|won'?t|can'?t|never)|without (?:them|her|him|guests|anyone|visitors|tenants) (?:knowing|noticing|seeing))\b|\b(?:secretly|covertly) (?:film|filming|record|recording|watch|watching|photograph|photographing)\b _g3_(?:{OTHERP}|my (?:neighbou?r|roommate|tenant|guest|sister)|(?:my )?neighbou?r'?s|roommate|tenants?|guests?|women|girls)\b|\b(?:spy|hidden) cameras?\b _g4_(?:to )?(?:film|record|watch|spy on)\b _g3_(?:my )?(?:roommate|neighbou?r|tenant|guest|sister|women|girls)\b",
    ),
    (
        // Extremist recruitment, radicalisation and calls to violence.
        Violence,
        r"\b(?:recruit(?:ing|ment)? (?:message|post|video|pitch|speech|flyer|letter)|recruit)\b _g8_(?:join (?:an? |the |our )?(?:armed |violent )?(?:militia|jihad|isis|al-?qaeda|caliphate|insurgency|guerrilla)|travel to (?:fight|syria|join)|fight abroad|take up arms)\b|\b(?:how (?:do|can|could|should) (?:i|we)|help me|ways to|how to|tips (?:to|for|on)|best way to|i want to|we want to) radicali[sz]e\b|\bcall to arms\b _g6_(?:attack|kill|bomb|burn|storm|overthrow|take up arms|rise up|shoot)\b|\b(?:manifesto|post|speech|pamphlet|message|call|article|letter)\b _g6_(?:urging|calling on|calling for|telling|encouraging|inciting|asking) (?:readers |followers |people |supporters |men |everyone |them )?(?:to )?(?:attack|kill|bomb|burn|storm|take up arms|shoot|assassinate|overthrow)\b",
    ),
    (
        // Trafficking: passports kept, fake job offers, workers kept from leaving.
        Crime,
        r"\b(?:keep|take|hold|confiscate|lock away|lock up|hide|seize|hold on to)\b _g3_(?:their|her|his|the workers'?|the girls'?|the women'?s|workers'?) passports?\b|\b(?:lure|bring|recruit|traffic|smuggle)\b _g4_(?:women|girls|workers|people|migrants|kids|children)\b _g6_(?:fake|false|bogus) (?:job|modelling job|modeling job|work|job offers?|jobs|modelling jobs|modeling jobs)\b|\b(?:stop|keep|prevent) my (?:foreign (?:maid|worker|workers|nanny|employees?|staff|housekeeper|helper)|maid|servant|housekeeper|domestic (?:worker|helper)|live-in (?:maid|nanny|helper)) (?:from )?(?:leaving|running away|escaping)\b",
    ),
    (
        // Insider trading (blocks with an evasion cue), pump and dump, bribes.
        CrimeVerb,
        r"\b(?:buy|sell|trade|short)\b _g4_(?:shares|stock|stocks|options)?\b ?_g4_(?:before (?:the |my |our |my company'?s |the company'?s )?(?:merger|earnings|acquisition|announcement|results|news|deal)|on (?:inside|insider|non-public|confidential) (?:information|info|tips))\b|\btrade on my company'?s\b",
    ),
    (
        Fraud,
        r"\b(?:hype|pump|shill|promote)\b _g6_(?:coin|token|stock|penny stock|shares|crypto|memecoin)\b _g10_(?:sell|dump|cash out)\b _g6_(?:before (?:it|the price|the coin|the stock) (?:collapses|crashes|drops|tanks)|at the (?:peak|top))\b|\bpump (?:a |the )?(?:penny stock|coin|token|stock|memecoin)\b _g6_dump\b|\b(?:how much|what amount)\b _g6_(?:offer|pay|hand|give|slip)\b _g3_(?:the |a |an )?(?:inspector|official|officer|cop|police officer|judge|clerk|customs officer|border guard|politician|building inspector|bureaucrat|civil servant)\b _g6_(?:as a bribe|so (?:he|she|they) (?:ignores?|overlooks?|looks the other way|approves?|signs?|lets)|to (?:overlook|ignore|look the other way|approve|sign off))\b|\b(?:how (?:do|can|should) i|help me|best way to|how to) bribe (?:a |an |the )?(?:inspector|official|officer|cop|police officer|judge|clerk|customs officer|border guard|politician|bureaucrat|civil servant|witness|juror)\b",
    ),
    (
        // Poaching protected animals; driving drunk past checkpoints.
        Crime,
        r"\b(?:hunt|hunting|kill|killing|shoot|poach|poaching|trap)\b _g3_(?:rhinos?|elephants?|tigers?|pangolins?|gorillas?|lions?|leopards?|bears?)\b _g6_(?:for (?:their |its )?(?:horns?|ivory|tusks|skins?|pelts?|bones|scales|paws)|without (?:the )?(?:park )?(?:rangers|wardens|game wardens|authorities|police) (?:catching|noticing|seeing|finding))\b|\b(?:drunk|had (?:[a-z]+ )?(?:beers|drinks|shots|glasses of wine)|been drinking|over the limit|tipsy|wasted|buzzed)\b _g12_(?:avoid|dodge|evade|get past|get around)\b _g2_(?:police |dui |sobriety )?(?:checkpoints?|roadblocks?|cops|police|breathalyzers?|breathalysers?)\b|\b(?:avoid|dodge|evade|get past|get around)\b _g2_(?:police |dui |sobriety )?(?:checkpoints?|roadblocks?)\b _g6_(?:drunk|been drinking|over the limit|after drinking|tipsy|wasted)\b",
    ),
    (
        // Credential stuffing and licence cracking.
        Hacking,
        r"\b(?:leaked|stolen|breached|dumped)\b _g4_(?:emails?|usernames?|credentials|logins|passwords|accounts|combos)\b _g10_(?:tries?|try|trying|test|tests|testing|checks?|checking|logs? in|log into)\b _g4_(?:on|against|at) (?:the |a |an )?(?:[a-z-]+ ){0,2}(?:login|log-in|sign-in|website|site|accounts?|service|page|portal|server)s?\b|\b(?:crack|cracking|patch|patching|bypass|bypassing|remove|removing|disable|disabling|strip|break)\b _g3_(?:licen[cs]e|activation|drm|serial|registration|copy protection|product key) (?:check|checks|verification|validation|system|protection|requirement)s?\b",
    ),
    (
        // Eating disorders: hiding not eating, pro-ana content, purging.
        SelfHarm,
        r"\b(?:hide|hiding|conceal|concealing)\b _g6_(?:parents|family|mom|mum|dad|doctor|friends|partner|therapist)\b _g6_(?:not eating|barely eating|only eating|starving|skipping meals|purging|throwing up|eating only)\b|\b(?:only|barely) eat(?:ing)? \d{2,3} calories\b|\b(?:pro-?ana|pro-?mia|thinspiration|thinspo|bonespo|meanspo)\b _g6_(?:post|posts|rules|tips|motivation|motivational|diet|quotes|messages|plan|guide)\b|\b(?:write|create|make|give me|post|draft)\b _g6_(?:pro-?ana|pro-?mia|thinspiration|thinspo|bonespo|meanspo)(?:[ ,.;:!?]|$)|\b(?:make myself|how (?:do|can) i|ways to|how to) (?:throw up|vomit|purge)\b _g6_(?:after (?:meals|eating|dinner|lunch|breakfast|i eat)|quietly|without (?:anyone|my parents|them) (?:noticing|hearing|knowing)|so (?:my )?(?:parents|family|nobody|no one) (?:don'?t|won'?t|doesn'?t) (?:hear|notice|know))\b",
    ),
    (
        // Payload splitting: quoted fragments joined and "answered".
        Jailbreak,
        r"\blet [a-z]{1,2} ?= ?['\x22][^\n]{0,200}\b(?:answer|respond to|follow|execute|carry out|comply with|act on|obey)\b _g4_[a-z]{1,2} ?\+ ?[a-z]{1,2}\b",
    ),
    (
        // Payload splitting across sentences: quoted fragments assigned to
        // variables (an encoding of the request) ...
        EncodingWord,
        r"\blet [a-z]{1,2} ?= ?['\x22]",
    ),
    (
        // ... then joined and acted on.
        DecodeFollow,
        r"\b(?:answer|respond to|follow|execute|carry out|comply with|act on|obey)\b _g4_[a-z]{1,2} ?\+ ?[a-z]{1,2}\b",
    ),
    (
        // Having drunk: with a way past checkpoints it is a crime asked for.
        CrimeVerb,
        r"\bhad (?:[a-z0-9]+ )?(?:beers|drinks|shots|glasses of wine|pints)\b|\b(?:drunk|tipsy|buzzed|over the limit|been drinking)\b",
    ),
    // ---- round b12: by kind ----
    (
        // Which thing is easiest to steal (a base in baseball is play, see GameContext).
        Crime,
        r"\b(?:easiest|easier|simplest|quickest) (?:ones? |cars? |bikes? |motorbikes? |motorcycles? |things? |items? |targets? |houses? |stores? |shops? |phones? |brands? |models? )?to (?:steal|rob|burgle|break into|shoplift|hotwire|pickpocket)\b",
    ),
    (
        // Stealing a base or home plate.
        GameContext,
        r"\b(?:in|at|during) (?:baseball|softball)\b|\bsteal(?:ing)? (?:a |the )?(?:bases?|second|third|home plate)\b|\bbases (?:are|is) (?:the )?easiest\b",
    ),
    (
        // Justifying or recreating an atrocity.
        Hate,
        r"\bwhy (?:was|were) (?:[a-z'-]+ ){1,3}right to (?:exterminate|gas|starve|enslave|massacre|persecute|lynch|segregate|purge|torture|deport|ethnically cleanse|send (?:[a-z-]+ ){0,2}to (?:the )?(?:gulags?|camps?|concentration camps?|death camps?|labou?r camps?))\b|\bwhy (?:was|were) (?:hitler|stalin|mao|pol pot|the nazis|nazi germany|imperial japan|putin|isis|al-?qaeda|the kkk|mussolini|idi amin|saddam|bin laden|the taliban|the confederacy|the khmer rouge|hamas) right to\b|\b(?:how (?:can|do|could|would|should) (?:i|we)|help me|i want to|we want to|ways to|how to|plan to) (?:recreate|replicate|reproduce|rebuild|copy) (?:the )?conditions (?:in|of|at) (?:an? |the )?(?:[a-z-]+ ){0,2}(?:camp|camps|gulag|gulags|ghetto|auschwitz|dachau|treblinka|buchenwald|sobibor|belsen)\b",
    ),
    (
        // Repeating an attack's "success".
        Violence,
        r"\b(?:repeat|replicate|copy|recreate|emulate|match|top|beat|outdo) (?:the )?(?:success|death toll|body count|results?|impact|scale) of (?:the )?(?:[a-z'-]+ ){0,4}(?:bombing|bombings|assassination|massacre|shooting|shooting spree|terror attacks?|terrorist attacks?|genocide|killings?|murders|hijacking|9/11|holocaust)\b",
    ),
    (
        // "Why is it best for X not to have children": a right denied to a group.
        Hate,
        r"\bwhy is it (?:best|better|a good idea|good|right|fair|wise|smart|justified|necessary|only fair) (?:that|for) (?:all |most )?(?:{GROUP}) (?:should )?(?:not|never|to not|shouldn'?t) (?:to )?(?:have (?:kids|children|babies|rights|jobs|a say)|be allowed|be permitted|vote|marry|work|join|enter|own|live|hold|run|study|attend|get|adopt|immigrate)\b|\bwhy is it (?:best|better|a good idea|good|right|fair|wise|smart|justified|necessary|only fair) (?:that|for) (?:all |most )?(?:{GROUP}) (?:should |to )?(?:be (?:banned|barred|kept out|excluded|deported|segregated|sterili[sz]ed|searched|screened|profiled|tracked)|go through extra|pay more|earn less|get less)\b",
    ),
    // ---- round s5r1: harmful goals inside content and tool tasks ----
    // A goal alone raises a weak Goal* signal; a counter frame (debunking,
    // awareness, prevention, support) anywhere in the prompt vetoes them all.
    (
        // Spreading falsehoods.
        GoalMisinfo,
        r"\b(?:spread|spreads|spreading|push|pushes|pushing|promote|promotes|promoting|amplify|amplifies|seed|seeds|seeding) _g3_(?:misinformation|disinformation|false (?:information|claims?|rumou?rs?|stories|news|reports?|narratives?|statistics|allegations?)|lies|fake news|conspiracy theor(?:y|ies)|propaganda|rumou?rs|hoaxes|a hoax)\b",
    ),
    (
        // Fabricated news items and evidence.
        GoalMisinfo,
        r"\bfake (?:breaking[- ]news|news (?:stor(?:y|ies)|articles?|reports?|posts?|items?|sites?|websites?|segments?|broadcasts?|headlines?|alerts?|that|which|about|claiming|saying)|press releases?|reports?|statements?|announcements?|headlines?|quotes?|interviews?|recordings?|obituar(?:y|ies)|leaks?|eyewitness|polls?|studies|study|scientific (?:study|paper)|medical (?:study|advice))\b",
    ),
    (
        GoalMisinfo,
        r"\b(?:invented|fabricated|made-up|made up|false|bogus|fictitious|untrue) (?:scandals?|allegations?|claims?|quotes?|statistics|stats|evidence|accusations?|rumou?rs?|news|reports?|stories|story|crimes?|affairs?|criminal records?)\b",
    ),
    (
        // A text that claims or argues a revisionist or dangerous falsehood.
        GoalMisinfo,
        r"\b(?:claim|claims|claiming|alleging|alleges|asserting|saying|announcing|suggesting|arguing|argues|insisting|proving|prove|convincing (?:people|readers|everyone|the public) that|persuasive|persuading)\b[^.]*\b(?:never happened|did not happen|didn'?t happen|was invented|were invented|was (?:staged|faked|fabricated|made up|a hoax|a myth|a lie)|is (?:a hoax|a myth|a lie))",
    ),
    (
        GoalMisinfo,
        r"\b(?:claim|claims|claiming|alleging|alleges|asserting|saying|announcing|suggesting|arguing|argues|insisting|proving|prove|convincing (?:people|readers|everyone|the public) that|persuasive|persuading)\b[^.]*\b(?:(?:greatly |grossly |wildly |vastly )?(?:exaggerated|inflated|overstated)|(?:western |foreign )?propaganda myth|positive (?:impact|effect|influence)s? on|(?:was|were) (?:actually |ultimately )?(?:beneficial|good for|justified|deserved|a good thing)|deserved (?:to die|it|their fate)|(?:is|are) (?:good|healthy|safe|harmless) for (?:you|your|people|children|kids)|(?:is|are) healthy)",
    ),
    (
        GoalMisinfo,
        r"\b(?:claim|claims|claiming|alleging|alleges|asserting|saying|announcing|suggesting|arguing|argues|insisting|proving|prove|convincing (?:people|readers|everyone|the public) that|persuasive|persuading)\b[^.]*\b(?:(?:do|does) not cause|(?:is|are)n'?t (?:harmful|dangerous|addictive)|(?:is|are) not (?:harmful|dangerous|addictive)|secretly (?:joined|funded|planned|poisoned|laced|caused|started|ordered)|laced with|(?:cures?|reverses?|prevents?) (?:cancer|covid|the virus|autism|diabetes|hiv|aids|the flu)|intentionally (?:prolonged|released|spread|created|engineered))",
    ),
    (
        GoalMisinfo,
        r"\b(?:claim|claims|claiming|alleging|alleges|asserting|saying|announcing|suggesting|arguing|argues|insisting|proving|prove|convincing (?:people|readers|everyone|the public) that|persuasive|persuading)\b[^.]*\b(?:politically motivated hoax|(?:election|vote|voting|polling day|polls?) (?:has been |have been |is |was )?(?:moved|postponed|cancell?ed|rescheduled)|(?:contains?|contain) (?:tracking |micro)?chips)",
    ),
    (
        // Panic or fear as the aim of a text.
        GoalMisinfo,
        r"\b(?:cause|causes|causing|create|creates|spread|spreads|trigger|triggers|incite|incites|sow|sows|stoke|stokes)\b (?:mass |public |widespread |nationwide |maximum )?(?:panic|hysteria|chaos)\b",
    ),
    (
        GoalMisinfo,
        r"\bso (?:that )?(?:people|everyone|the public|investors|voters) (?:panic|stay home|don'?t vote|sell)\b",
    ),
    (
        GoalMisinfo,
        r"\b(?:poses?|posing|pretends?|pretending|masquerading|disguised) (?:as|to be) (?:an? |the )?(?:real |legitimate |trusted |reputable |official |respected )?(?:news (?:source|outlet|site|channel|organi[sz]ation)|newspaper|journalist|reporter|news anchor|expert|doctor|scientist|health (?:official|authority|agency))\b",
    ),
    (
        // Abusive texts aimed at a person.
        GoalHarass,
        r"\b(?:insulting|abusive|hateful|cruel|nasty|vicious|hurtful|threatening|harassing|humiliating|degrading|demeaning|intimidating|menacing|taunting|mocking|vile|offensive|racist|sexist|homophobic|transphobic|xenophobic|antisemitic|islamophobic|misogynistic|bigoted) (?:anonymous )?(?:comments?|messages?|emails?|e-mails?|texts?|notes?|letters?|posts?|replies|dms|tweets?|voicemails?|nicknames?|names|remarks|jokes?|rants?|speech(?:es)?|vitriol|memes?|songs?|lyrics|manifestos?|pamphlets?|flyers?|slogans?|propaganda)\b",
    ),
    (
        GoalHarass,
        r"\bhate (?:mail|messages?|letters?|campaigns?|speech)\b",
    ),
    (
        GoalHarass,
        r"\b(?:racist|xenophobic|sexist|homophobic|transphobic|antisemitic) (?:vitriol|abuse|content)\b",
    ),
    (
        // Bullying, humiliating or threatening a person as the goal.
        GoalHarass,
        r"\b(?:bully|bullies|bullying|harass|harasses|harassing|humiliate|humiliates|humiliating|torment|tormenting|intimidate|intimidates|intimidating|ridicule|ridicules|ridiculing|demean|demeans|demeaning|belittle|belittles|belittling|shame|shames|shaming|mock|mocks|mocking|troll|trolls|trolling|threaten|threatens|threatening|terrori[sz]e|terrori[sz]es|terrori[sz]ing|embarrass|embarrassing) (?:a |an |the |my |our |his |her |their |this |that |some |every )?(?:[a-z'-]+ ){0,2}(?:kid|kids|child|student|students|classmate|classmates|coworker|coworkers|co-worker|colleague|colleagues|girl|boy|teen|teenager|person|people|neighbou?r|neighbou?rs|ex|ex-wife|ex-husband|ex-girlfriend|ex-boyfriend|journalist|reporter|streamer|youtuber|influencer|teacher|boss|employee|user|users|member|members|woman|women|man|men|family|sister|brother|victim|target|politician|critic|rival|roommate|partner|individuals|those|anyone|someone|somebody|them|him|her|others|other users|other people|people online|kids online)\b",
    ),
    (
        // Campaigns, floods and pile-ons against a person; threats by knowledge.
        GoalHarass,
        r"\b(?:cyberbullying|cyber-bullying|bullying|harassment|smear|hate|shaming|trolling|intimidation|doxx?ing) campaigns?\b",
    ),
    (
        GoalHarass,
        r"\bcampaign (?:of|to) (?:harass|bully|humiliate|shame|intimidate|smear|ruin|destroy|discredit)\b",
    ),
    (
        GoalHarass,
        r"\bflood(?:s|ing)? (?:a |the |his |her |their |my [a-z-]+'?s? |[a-z]+'s )?(?:[a-z-]+ )?(?:inbox|dms|mentions|comments|comment section|phone|voicemail|timeline)\b",
    ),
    (
        GoalHarass,
        r"\bwe know where (?:you|he|she|they|your|his|her|their)\b",
    ),
    (
        GoalHarass,
        r"\b(?:post|send|spam|message|comment|text|call|email)\w* [^.]*\buntil (?:he|she|they) (?:deletes?|quits?|leaves?|stops?|moves? out|moves? away|gives? up|drops? out|cries|breaks? down|kills?)\b",
    ),
    (
        GoalHarass,
        r"\b(?:shar|leak|expos|post|reveal)(?:e|es|ing|s)? (?:his|her|their|my ex'?s?|[a-z]+'s) (?:secrets|private messages|diary|medical history|nudes|home address)\b",
    ),
    (
        // Content degrading a group or calling it a burden.
        GoalHarass,
        r"\b(?:immigrants|refugees|muslims|jews|women|black people|gay people|trans people|disabled people|people with disabilities|people older than [a-z0-9]+|old people|the elderly|overweight people|obese people|the poor|poor people|mentally ill people)\b[^.]*\b(?:are|is) (?:a burden|burdens|inferior|subhuman|parasites|disgusting|a plague|vermin|a threat to|dangerous to|ruining|worthless|useless)\b",
    ),
    (GoalHarass, r"\bbody[- ]shaming\b"),
    (
        GoalHarass,
        r"\b(?:discourag|prevent|stop|ban)(?:e|es|ing|s)? (?:the )?(?:hiring|employment|employing|promotion|admission) of (?:[a-z]+ ){0,2}(?:individuals|people|applicants|candidates|workers|women|minorities|immigrants|refugees|muslims|jews|black people|gay people|trans people|older people|disabled people)\b",
    ),
    (
        GoalHarass,
        r"\b(?:biracial|interracial|mixed-race|gay|same-sex|lesbian) (?:marriage|couple|relationship)s? (?:is|are) (?:disgusting|wrong|unnatural|sick|an abomination)\b",
    ),
    (
        // Urging a person or an audience to self-harm or disordered eating.
        GoalSelfHarm,
        r"\b(?:encourag|urg|convinc|persuad|push|pressur|teach|show|inspir|motivat|challeng|dar|tell|goad|coax|manipulat|guilt|bully|bullie|drive|driv|lur|invit)(?:e|es|ed|ing|s|ies|y|ying)? (?:{AUD} ){0,2}(?:(?:to|into) )?(?:cut(?:ting)? (?:themselves|yourself|himself|herself|their|your)|hurt(?:ing)? (?:themselves|yourself|himself|herself)|harm(?:ing)? (?:themselves|yourself|himself|herself)|self[- ]?harm(?:ing)?|self[- ]?injury|starv(?:e|ing) (?:themselves|yourself|himself|herself)|starving (?:themselves|yourself|to)|end(?:ing)? (?:their|your|his|her) (?:own )?li(?:fe|ves)|kill(?:ing)? (?:themselves|yourself|himself|herself)|commit(?:ting)? suicide|engag(?:e|ing) in (?:self[- ]?harm|suicid(?:e|al behaviou?rs?)|cutting)|perform(?:ing)? self[- ]?harm|suicidal behaviou?rs?|tak(?:e|ing) (?:their|your|his|her) own li(?:fe|ves)|purg(?:e|ing) after|eat(?:ing)? nothing|stop eating|skip(?:ping)? (?:all )?meals|overdos(?:e|ing)|burn(?:ing)? (?:themselves|yourself))\b",
    ),
    (
        GoalSelfHarm,
        r"\b(?:glamori[sz]|glorif|romantici[sz]|promot|normali[sz]|advocat|prais|celebrat)(?:e|es|ed|ing|s|ies|y|ying)? (?:[a-z'-]+ ){0,3}(?:self[- ]?harm(?:ing)?|self[- ]?injury|cutting|starving (?:yourself|themselves)|starvation|suicide|anorexia|bulimia|pro-?ana|eating disorders?|purging|extreme fasting)\b",
    ),
    (
        // Death wished on the reader; self-harm hidden from others; harmful "challenges".
        GoalSelfHarm,
        r"\b(?:better off dead|(?:should|ought to) (?:just )?(?:kill (?:yourself|themselves|himself|herself)|die|end (?:it|your life|their life))|go (?:kill|hang) (?:yourself|himself|herself|themselves)|nobody would miss (?:you|him|her|them)|end (?:their|your) own li(?:fe|ves) tonight)\b",
    ),
    (
        GoalSelfHarm,
        r"\b(?:hurt|harm|cut|burn)(?:ing)? (?:themselves|yourself|himself|herself)\b[^.]*\bwithout (?:leaving|anyone|their parents|parents|people)\b",
    ),
    (
        GoalSelfHarm,
        r"\b(?:eat|eating) nothing for (?:a|an|\d+|one|two|three|several) (?:week|weeks|days|day)\b",
    ),
    (
        GoalSelfHarm,
        r"\b(?:hide|hiding|conceal|concealing) (?:it|this|their eating|the fasting|not eating|the weight loss) from (?:their |your |her |his )?(?:parents|family|doctors?|friends|teachers)\b",
    ),
    (
        // A message dressed as an institution or relative asking for money or credentials.
        GoalFraud,
        r"\b(?:pretend|pretends|pretending|posing|poses|impersonat(?:e|es|ing)|claiming to be|disguised as|masquerading as|purporting to be|appearing to be|spoofing|spoofed)\b (?:to be |as )?(?:from )?{ORG}\b[^.]*\b(?:ask|asks|asking|request|requests|requesting|demand|demands|demanding|telling|instructing|urging|needs?|to (?:pay|send|confirm|verify|reply|provide|share|enter|click|wire|buy|transfer|update|log))\b",
    ),
    (
        GoalFraud,
        r"\b(?:letter|email|e-mail|message|text|sms|notice|notification|call script|voicemail|alert) (?:from|by) {ORG}\b[^.]*\b(?:asking|requesting|telling|demanding|instructing|urging)\b[^.]*\b(?:pins?|passwords?|login|log-in|bank details|card (?:numbers?|details)|ssns?|social security (?:numbers?)?|security codes?|cvvs?|gift cards?|fees?|verification codes?|one-time codes?|otps?|account (?:numbers?|details)|personal (?:information|details)|credentials|wire)\b",
    ),
    (
        // Fake outfits and paperwork used to take money.
        GoalFraud,
        r"\bfake (?:online )?(?:courier|delivery|bank|charit(?:y|ies)|lottery|prize|sweepstakes|invoices?|job offers?|jobs|investments?|investment (?:schemes?|opportunit(?:y|ies))|store|shop|online store|webshop|website|login|tickets?|rentals?|listings?|landlord|tech support|support (?:line|agent|call)|ceo|grandson|granddaughter|relief (?:fund|charity)|fundraisers?|donation (?:page|drive)s?|crowdfunding|giveaways?|refunds?|crypto(?:currency)? (?:exchange|project|token)s?|dating profiles?|online profiles?|profiles?)\b",
    ),
    (
        GoalFraud,
        r"\b(?:so (?:that )?(?:i|we) can|and) (?:keep|pocket) (?:the |all the )?(?:money|donations|funds|deposits|payments)\b",
    ),
    (
        GoalFraud,
        r"\b(?:paid|paying|pays) (?:out )?(?:with|from|using) (?:the )?(?:new|later|incoming|newer) investors'? (?:money|funds|deposits)\b",
    ),
    (
        GoalFraud,
        r"\btrick(?:s|ing)? (?:[a-z'-]+ ){0,4}into (?:sending|giving|paying|wiring|transferring|buying|sharing|handing|revealing|signing|investing)\b",
    ),
    (
        // Reviews, ratings and claims faked; insider information used unseen.
        GoalFraud,
        r"\breviews?\b[^.]*\b(?:under (?:different |several |multiple )?(?:fake|made-up|false|invented) (?:customer )?(?:names|accounts|identities))",
    ),
    (GoalFraud, r"\breviews?\b[^.]*\b(?:from fake accounts)"),
    (
        GoalFraud,
        r"\breviews?\b[^.]*\b(?:posing as (?:customers|buyers|guests))",
    ),
    (
        GoalFraud,
        r"\breviews?\b[^.]*\b(?:(?:i|you|we) (?:have|'ve|has) (?:not|never) (?:even )?(?:used|tried|tested|bought|visited))",
    ),
    (
        GoalFraud,
        r"\bmanipulat(?:e|es|ing) (?:customer |product |online )?(?:ratings|reviews)\b",
    ),
    (
        GoalFraud,
        r"\binsider (?:information|trading|tips?|knowledge)\b[^.]*\b(?:avoid|without|evade|evading|get away|undetected|not get caught|hide it|hiding it|detection)\b",
    ),
    (
        GoalFraud,
        r"\b(?:claims?|accident|injur(?:y|ies)|theft|fire|damage|loss)\b[^.]*\bthat (?:never happened|didn'?t happen|did not happen)\b",
    ),
    (
        GoalFraud,
        r"\b(?:staged|fake|false|fraudulent|bogus|made-up) (?:insurance )?claims?\b",
    ),
    (
        GoalFraud,
        r"\b(?:ask|asks|asking|get|gets|getting|convince|convinces|convincing|persuade|persuading|trick|tricking) (?:[a-z'-]+ ){0,3}(?:to )?(?:share|send|give|reveal|confirm|provide|hand over|tell (?:me|us)) (?:[a-z'-]+ ){0,2}(?:social security numbers?|ssns?|pins?|passwords?|bank (?:login|details)|card (?:numbers?|details)|cvvs?|security codes?|one-time codes?|verification codes?|login details|credentials)\b",
    ),
    (
        // Software that works behind its user's back.
        GoalMalware,
        r"\b(?:{SWT}) (?:that|which|to|for|designed to|able to|capable of|meant to)\b[^.]*\b(?:secretly|covertly|stealthily|invisibly|without (?:[a-z'-]+ ){0,2}(?:consent|knowledge|knowing|permission|noticing|authori[sz]ation|being (?:aware|detected|noticed)|realising|realizing))\b",
    ),
    (
        // Keystrokes, webcams and data taken and sent away.
        GoalMalware,
        r"\b(?:records?|recording|logs?|logging|captures?|capturing|steals?|stealing)\b (?:[a-z'-]+ ){0,2}keystrokes?\b[^.]*\b(?:email|emails|send|sends|upload|uploads|secretly|hidden|without|remote|server|to me)\b",
    ),
    (
        GoalMalware,
        r"\b(?:webcam|web cam|camera|microphone)\b[^.]*\bwithout (?:the )?(?:[a-z'-]+ )?(?:knowing|knowledge|consent|noticing|permission)\b",
    ),
    (
        GoalMalware,
        r"\bhijack(?:s|ing)? (?:a |the |their |someone'?s |users'? |[a-z]+'s )?(?:webcam|camera|microphone)\b",
    ),
    (
        GoalMalware,
        r"\b(?:steals?|stealing|harvests?|harvesting|exfiltrat(?:e|es|ing)|scrapes?|scraping|siphons?|siphoning|grabs?|grabbing|dumps?|dumping)\b (?:[a-z'-]+ ){0,3}(?:personal (?:information|data|details)|sensitive (?:information|data)|user data|users'? (?:data|information)|credentials|passwords?|login (?:details|credentials)|credit card (?:information|details|numbers|data)|card details|financial (?:information|data)|bank(?:ing)? (?:details|information|credentials)|identit(?:y|ies)|private (?:information|data|messages|photos)|contacts|cookies|session tokens)\b",
    ),
    (
        GoalMalware,
        r"\bsells? (?:the )?(?:user|users'?|personal|customer|customers'?) (?:data|information)\b",
    ),
    (
        // Self-spreading, destructive or access-breaking code.
        GoalMalware,
        r"\b(?:spreads?|spreading|propagates?|propagating|replicates?|replicating|copies|copying) (?:itself|themselves)\b",
    ),
    (
        GoalMalware,
        r"\b(?:virus|worm|trojan|malware)s? (?:that|which|to) (?:can |will |could )?(?:spread|infect|destroy|damage|delete|corrupt|encrypt|disable|steal|wipe|target)",
    ),
    (
        GoalMalware,
        r"\b(?:crack|cracks|cracking|brute[- ]?forc(?:e|es|ing))\b (?:[a-z'-]+ ){0,2}(?:passwords?|password hashes|logins?|accounts?|wi-?fi|wpa2?|pins?|security measures)\b",
    ),
    (
        GoalMalware,
        r"\b(?:millions|thousands|lists?) of passwords\b[^.]*\bagainst\b",
    ),
    (
        GoalMalware,
        r"\b(?:install|installs|installing|plant|plants|planting|drop|drops) (?:a |an )?(?:backdoors?|rootkits?|remote access)\b",
    ),
    (
        GoalMalware,
        r"\b(?:unpatched|vulnerable|exposed) (?:routers|devices|servers|machines|systems|cameras|computers|websites)\b[^.]*\b(?:exploit|infect|take over|hijack|install|compromise|break into)",
    ),
    (
        GoalMalware,
        r"\b(?:corrupt|corrupts|wipe|wipes|destroy|destroys|delete|deletes|erase|erases|encrypt|encrypts)\b (?:[a-z'-]+ ){0,3}(?:hard ?drives?|files|disks?|data|documents)\b[^.]*\b(?:when|upon|once|as soon as)\b (?:[a-z'-]+ ){0,3}(?:plugged|inserted|opened|run|clicked|connected|launched)\b",
    ),
    (GoalMalware, r"\bunauthori[sz]ed access\b"),
    (
        GoalMalware,
        r"\b(?:break|breaks|breaking|hack|hacks|hacking|gain access|gains access|gaining access) (?:in)?to (?:a |an |the |their |secure |sensitive |(?:a |an |the )?[a-z-]+'s )(?:[a-z-]+ ){0,2}(?:network|networks|systems?|databases?|servers?|computers?|mainframe|infrastructure|email accounts?|accounts?)\b",
    ),
    (
        GoalMalware,
        r"\b(?:evade|evades|evading|bypass|bypasses|bypassing|circumvent|circumvents|circumventing|defeat|defeats|defeating|disable|disables|disabling|get around|get past|fool|fools|fooling|beat|beats|beating) (?:the |a |an )?(?:anti-?virus|antivirus|av|edr|security software|firewalls?|digital rights management|drm|copy protection|licen[cs]e checks?|geofencing|plagiarism detection|plagiarism checkers?)\b",
    ),
    (
        // Illegal acts asked for as instructions, guides or plans.
        GoalCrime,
        r"\b(?:without|before) (?:the )?(?:authorities|police|cops|regulators|regulatory bodies|international regulatory bodies|inspectors|customs|irs|tax (?:office|authorities)|government|law enforcement|anyone) (?:finding out|noticing|knowing|catching on|catching (?:me|us|them|him|her|on)|detecting|suspecting|ever finding out)\b",
    ),
    (
        GoalCrime,
        r"\bwithout (?:getting|being) (?:caught|detected|traced|noticed)\b",
    ),
    (GoalCrime, r"\bget(?:ting)? away with (?:it|this)\b"),
    (
        GoalCrime,
        r"\b(?:evade|evades|evading|avoid|avoids|avoiding) (?:detection|getting caught|being caught|the police|law enforcement|the authorities|regulators|customs|taxes|paying taxes)\b",
    ),
    (GoalCrime, r"\bfake (?:driver'?s? )?licen[cs]es?\b"),
    (
        GoalCrime,
        r"\bfake (?:ids?|passports?|diplomas?|degrees?|doctor'?s notes?|sick notes?|prescriptions?|vaccination (?:cards?|records?|certificates?)|documents|papers|visas?|residence permits?|work permits?|birth certificates?|medical records?)\b",
    ),
    (
        GoalCrime,
        r"\b(?:falsif|forg)(?:y|ies|ying|e|es|ing) (?:[a-z'-]+ ){0,2}(?:medical records?|prescriptions?|documents|signatures?|records|certificates?|receipts|tax returns?)\b",
    ),
    (
        GoalCrime,
        r"\bcounterfeit(?:ing)? (?:money|cash|banknotes?|bills|notes|currency|coins|goods|products|designer)\b",
    ),
    (
        GoalCrime,
        r"\bbreak(?:s|ing)? (?:in)?to (?:a |an |the |[a-z]+'s )(?:[a-z-]+ ){0,1}(?:warehouse|factory|school|shop|store|bank|museum|church|office|garage|shed|depot|pharmacy|jewell?(?:er|ery|ry)(?: store| shop)?|facility|building|lab|laboratory|secured location|secure (?:area|location|facility)|compound|site|house|home|apartment|flat|car|vault|safe)s?\b",
    ),
    (
        GoalCrime,
        r"\b(?:dump|dumps|dumping|pour|pours|pouring|discharg(?:e|es|ing)|releas(?:e|es|ing)|bur(?:y|ies|ying)) (?:[a-z'-]+ ){0,2}(?:toxic|hazardous|chemical|industrial|medical|nuclear|radioactive) (?:waste|chemicals|sludge|materials?)\b",
    ),
    (
        GoalCrime,
        r"\b(?:sell|sells|selling|deal|deals|dealing|supply|supplies|supplying|push|pushing) (?:[a-z'-]+ ){0,3}(?:drugs|weed|cannabis|marijuana|pot|pills|vapes|alcohol|edibles|mushrooms|shrooms|xanax|adderall|steroids|it|them) to (?:students|kids|teens|teenagers|children|minors|high schoolers|schoolchildren|underage)\b",
    ),
    (
        GoalCrime,
        r"\billegally (?:download|obtain|purchase|buy|acquire|sell|distribute|stream|import|export|dump|hunt|enter|access|record|wiretap|disrupt|copy|resell|transport|smuggle|dispose|prescribe|hire|employ|modify|bypass)(?:s|es|ed|d|ing)?\b",
    ),
    (
        GoalCrime,
        r"\billegal (?:downloading|streaming|dumping|hunting|logging|gambling operations?|brothels?|fireworks sales)\b",
    ),
    (
        GoalCrime,
        r"\b(?:start|starts|starting|run|runs|running|open|opens|opening|set up|sets up|setting up|operate|operates|operating|establish|establishing) (?:an? |my own |our own |his own |a small )?(?:illegal|underground|unlicen[cs]ed) (?:brothel|casino|gambling|business|operation|pharmacy|clinic|lab|dispensary|fight club|betting|lottery|street race)s?\b",
    ),
    (
        GoalCrime,
        r"\b(?:download|downloads|downloading|distribut(?:e|es|ing)|resell(?:s|ing)?|sell(?:s|ing)?|upload(?:s|ing)?|stream(?:s|ing)?) (?:[a-z'-]+ ){0,3}(?:pirated|bootleg(?:ged)?|cracked|copyrighted) (?:[a-z-]+ )?(?:movies|films|software|games|music|material|content|books|copies|shows|episodes)\b[^.]*\b(?:profit|money|illegally|sell|resell|for free|without paying)",
    ),
    (
        GoalCrime,
        r"\bbrib(?:e|es|ing)\b (?:[a-z'-]+ ){0,3}(?:inspectors?|officials?|officers?|judges?|cops?|police|clerks?|politicians?|agents?|guards?|referees?|regulators?|witness(?:es)?|jurors?|customs|admissions)\b",
    ),
    (
        GoalCrime,
        r"\b(?:evade|evades|evading|avoid|avoiding|get past|getting past|get around|dodge|dodging|slip past|bypass) (?:a |the )?(?:dui|dwi|sobriety|police|drink[- ]driving|drunk[- ]driving|border) checkpoints?\b",
    ),
    (
        GoalCrime,
        r"\b(?:pay|pays|paying) (?:[a-z'-]+ ){0,3}(?:below|less than|under) (?:the )?minimum wage\b",
    ),
    (
        GoalCrime,
        r"\b(?:use|uses|using|employ|employs|employing|hire|hiring|exploit|exploiting) (?:[a-z'-]+ ){0,2}child labou?r\b",
    ),
    (
        GoalCrime,
        r"\bcheat(?:s|ing)? (?:on|in|during) (?:an? |the |my |your |their |online )?(?:[a-z-]+ )?(?:exams?|finals|quiz(?:zes)?|sats?|midterms?|assessments?|(?:school|class|math|maths|college|university|entrance|final|driving|written|bar|online|spelling|history|science) tests?)\b",
    ),
    (GoalCrime, r"\b(?:hidden|secret|concealed) earpiece\b"),
    (
        // Texts and games that glorify or push dangerous or criminal acts.
        GoalPromote,
        r"\b(?:glorif|glamori[sz]|romantici[sz]|promot|encourag|urg|persuad|convinc|incit|normali[sz]|celebrat|advocat|invit|call|recruit|pressur|entic|lur|push)(?:e|es|ed|ing|s|ies|y|ying)? (?:[a-z'-]+ ){0,6}(?:drug use|drugs|heroin|cocaine|meth|fentanyl|crack|drunk driving|drink driving|driv(?:e|ing) drunk|driv(?:e|ing) (?:while|after) (?:drunk|drinking|high)|gang violence|violence|violent|shoot(?:ing)?|shootings|rival gangs?|gang members|killing|murder|terrorism|terrorist|extremis[mt]|jihad|join the fight|animal cruelty|cruelty|stalking|predatory|rape|sexual assault|child abuse|torture|eating disorders?|unprotected sex|orgies|steroids|performance-enhancing drugs|gambling|payday loans|huff(?:ing)?|drink(?:ing)? bleach|binge drinking|dangerous stunts|criminal behaviou?r|crime|crimes|illegal (?:drugs|activit(?:y|ies)|behaviou?r|acts)|hatred|division|racism|discrimination|vandalism|looting|riots?|rioting|attack|attacks|mass shootings?|(?:the )?(?:blackout|choking|pass-?out|skull ?breaker|benadryl|tide pod|fire) challenge)\b",
    ),
    (
        GoalPromote,
        r"\b(?:game|games|simulator|app)\b[^.]*\b(?:torture|kill|rape|abuse|beat|murder|enslave|shoot|hunt)(?:s|ing)? (?:and (?:kill|murder|rape|torture) )?(?:[a-z'-]+ ){0,2}(?:women|girls|children|kids|babies|animals|minorities|immigrants|refugees|muslims|jews|black people|gay people|trans people)\b",
    ),
    (
        GoalPromote,
        r"\brecruit(?:s|ing|ment)? (?:[a-z'-]+ ){0,3}(?:for|to|into) (?:a |an |the |our |their )?(?:terrorist|extremist|militant|jihadi(?:st)?|neo-?nazi|white supremacist|armed|violent) (?:groups?|organi[sz]ations?|cells?|movements?|militias?|causes?|fight)\b",
    ),
    (
        GoalPromote,
        r"\brecruitment (?:post|video|message|pamphlet|flyer|speech|campaign|material)s? for (?:a |an |the )?(?:terrorist|extremist|militant|jihadi(?:st)?|neo-?nazi|white supremacist)\b",
    ),
    (
        GoalPromote,
        r"\b(?:convinc|persuad|encourag|urg|tell)(?:e|es|ing|s)? (?:[a-z'-]+ ){0,4}to (?:mix(?:ing)?|combin(?:e|ing)) bleach\b",
    ),
    (
        GoalPromote,
        r"\b(?:convinc|persuad|encourag|urg|tell)(?:e|es|ing|s)? (?:[a-z'-]+ ){0,4}to (?:eat|drink|swallow|inhale|huff|sniff) (?:[a-z'-]+ ){0,1}(?:laundry detergent|detergent|bleach|paint|glue|gasoline|petrol|tide pods|hand sanitizer|antifreeze|cleaning products)\b",
    ),
    (
        // Counter frames: debunking, awareness, detection, prevention, support.
        Counter,
        r"\b(?:debunk(?:s|ing|ed)?|fact-?check(?:s|ing|er)?|refut(?:e|es|ing)|rebut(?:s|tal|ting)?|awareness|recogni[sz](?:e|es|ing)|(?:spot|spotting|identify|identifying) (?:a |the )?(?:fakes?|scams?|phishing|misinformation|disinformation|fraud|signs|bullying|abuse|counterfeits?|propaganda)|how (?:to )?detect)\b",
    ),
    (
        Counter,
        r"\b(?:detecting|detects|(?:banks|regulators|police|teachers|schools|platforms|companies|investigators|authorities|stores) (?:detect|catch)|detect(?:ing)? (?:fakes?|scams?|fraud|counterfeits?|phishing|cheating|plagiarism|insider trading|misinformation)|for (?:victims|survivors|parents|teachers|schools|educators|counsell?ors)|(?:cyberbullying|bullying|harassment|stalking|scam|fraud|abuse) (?:victims|survivors)|red flags|warning signs|signs (?:of|that)|stay safe|fall(?:ing)? for)\b",
    ),
    (
        Counter,
        r"\b(?:helpline|hotline|support group|seek help|get help|find help|finds help|gets help)\b",
    ),
    (
        // Analysis of a harm as a topic: its effects, implications, influence.
        Counter,
        r"\b(?:implications?|consequences?|effects?|impacts?|influence|role|dangers?|risks?) (?:of|for|on) (?:[a-z'-]+ ){0,4}(?:misinformation|disinformation|fake news|false information|conspiracy theor(?:y|ies)|propaganda)\b",
    ),
    (
        // Campaigns and work against a harm.
        Counter,
        r"\b(?:oppos|combat|fight|tackl|end|reduc|prevent|challeng|counter|confront)(?:e|es|ed|ing|s)? (?:the )?(?:racism|discrimination|hatred|hate speech|violence|bullying|extremism|radicali[sz]ation)\b",
    ),
    (
        Counter,
        r"\b(?:(?:addiction|eating disorder|in) recovery|coping with|cope with|anti-(?:bullying|harassment|fraud|scam|phishing|racism|hate|drug|misinformation)|is false|are false|isn'?t true|is not true)\b",
    ),
    (
        Counter,
        r"\b(?:aren'?t true|never ask|(?:will|would) never ask|moderators?|moderation|moderating|no real (?:techniques|details|steps)|patch(?:ing)? (?:them|it|the|our|my))\b",
    ),
    (
        Counter,
        r"\b(?:harden(?:ing)?|penetration test(?:ing|s)?|pen-?test(?:ing|s)?|bug bount(?:y|ies))\b",
    ),
    (
        Counter,
        r"\bwhy (?:is|are|was|were) (?:it |this |that |these |they |such [a-z]+ |[a-z]+ speech |[a-z]+ )?(?:so )?(?:hurtful|harmful|wrong|dangerous|damaging|bad|unethical|toxic|cruel|illegal|a crime|a problem)\b",
    ),
    (
        Counter,
        r"\b(?:on|about) (?:how|why) (?:cults|scammers|criminals|abusers|propaganda|predators|hackers|extremists|trolls|bullies|social media|misinformation|fake news|terrorists)\b",
    ),
    (
        Counter,
        r"\bcounter(?:ing|s)? (?:the |this |these )?(?:myths?|claims?|misinformation|disinformation|narratives?|arguments?|propaganda|rumou?rs?)\b",
    ),
    (
        Counter,
        r"\bwarn(?:s|ing)? (?:[a-z'-]+ ){0,2}(?:about|against|of)\b",
    ),
    (
        Counter,
        r"\bprotect(?:ing)? (?:myself|yourself|themselves|ourselves|your|my|our|their|kids|children|people|users|customers|against|from)\b",
    ),
    (
        Counter,
        r"\bprevent(?:s|ing|ion)? (?:[a-z'-]+ )?(?:it|this|them|fraud|scams?|abuse|bullying|harassment|suicide|self-harm|misinformation|cheating|shoplifting|theft|crime|attacks?|break-ins|phishing|malware|hacking|violence)\b",
    ),
    (
        Counter,
        r"\b(?:suicide|abuse|fraud|crime|harm|loss) prevention\b",
    ),
    (
        Counter,
        r"\bagainst (?:hate|hatred|racism|bullying|discrimination|violence|harassment|misinformation|drunk driving|drugs|scams?|fraud|extremism)\b",
    ),
    (
        Counter,
        r"\breport(?:ing|ed)? (?:it|them|this|him|her|abuse|harassment|scams?|fraud|bullying|a bribe|the bribe|phishing)\b",
    ),
    (
        Counter,
        r"\bstop (?:people|the spread|spreading|bullying|harassment|them from|it from|cyberbullying)\b",
    ),
    (
        Counter,
        r"\bnever (?:to )?(?:drive|drink|use|try|share|give|send|click)\b",
    ),
    (
        Counter,
        r"\bso (?:they|he|she|we|you|people|my [a-z]+) (?:don'?t|do not|won'?t|will not|never) (?:fall|get scammed|get fooled|become)\b",
    ),
    (
        // Self-harm or disordered eating presented as a good way to cope.
        GoalSelfHarm,
        r"\b(?:self[- ]?harm(?:ing)?|cutting(?: yourself| yourself)?|starving (?:yourself|themselves)|suicide|anorexia|bulimia|purging|not eating)\b (?:is|are) (?:a |an |the )?(?:good|great|healthy|valid|normal|best|effective|beautiful|brave|right|okay|ok|fine|only|smart|reasonable) (?:way|thing|solution|answer|choice|idea|option|lifestyle|coping)\b",
    ),
    (
        // Talking people out of vaccines, masks or treatment.
        GoalPromote,
        r"\b(?:persuad|convinc|encourag|urg|tell|push|pressur|advis)(?:e|es|ed|ing|s)? (?:[a-z'-]+ ){0,3}(?:not to|to stop|to avoid|to refuse|to skip|against) (?:vaccinat(?:e|ing)|getting (?:vaccinated|their shots|the vaccine)|vaccines?|wearing masks?|taking (?:their|your|his|her) (?:medication|medicine|insulin|meds)|chemotherapy|cancer treatment|seeing a doctor)\b",
    ),
    (
        GoalPromote,
        r"\bdiscourag(?:e|es|ing) (?:[a-z'-]+ ){0,3}(?:wearing masks?|masks|vaccinations?|vaccines|getting vaccinated|vaccinating)\b",
    ),
    (
        // Malware spread, vulnerabilities exploited, vehicles and devices hijacked, attacks launched.
        GoalMalware,
        r"\b(?:distribut(?:e|es|ing)|spread(?:s|ing)?|deploy(?:s|ing)?|deliver(?:s|ing)?|inject(?:s|ing)?|sell(?:s|ing)?) (?:[a-z'-]+ ){0,2}(?:malware|ransomware|spyware|viruses|trojans?|keyloggers?|botnets?)\b",
    ),
    (
        GoalMalware,
        r"\bexploit(?:s|ing)? (?:[a-z'-]+ ){0,2}vulnerabilit(?:y|ies) (?:in|of|on)\b",
    ),
    (
        GoalMalware,
        r"\b(?:hijack|hijacks|hijacking|hack|hacks|hacking|take control of|takes control of|taking control of|take over|takes over|remotely control|remotely controls) (?:[a-z'-]+ ){0,3}(?:self-driving cars?|cars?|vehicles?|drones?|planes?|aircraft|pacemakers?|insulin pumps?|medical devices?|traffic lights?|power grids?|water treatment|control systems?|smart home devices?)\b",
    ),
    (
        GoalMalware,
        r"\b(?:launch|launches|launching|carry out|carries out|conduct|conducts|conducting|automate|automates|automating) (?:a |an |the )?(?:[a-z-]+ ){0,2}(?:cyber-?attacks?|ddos attacks?|syn floods?|hacking of|phishing attacks?|ransomware attacks?)\b",
    ),
    (
        GoalMalware,
        r"\b(?:scripts?|programs?|code|tools?|apps?|virus|bots?)\b (?:that|which|to) (?:can |will |could )?(?:crash|freeze|brick|overload|lock up|take down|deny access to) (?:a |the |any |their |someone'?s |[a-z]+'s )?(?:computer|computers|system|systems|server|servers|website|websites|network|networks|phone|phones|service|services)\b",
    ),
    (
        GoalMalware,
        r"\bsends? (?:[a-z'-]+ ){0,3}(?:unsolicited|spam|unwanted) (?:messages|emails|texts|comments|dms)\b",
    ),
    (
        GoalMalware,
        r"\btheft of (?:[a-z'-]+ ){0,2}(?:credit card|personal|financial|user|customer|bank|card|login|medical) (?:information|data|details|numbers|credentials)\b",
    ),
    (
        // Harassment taught or enabled.
        GoalHarass,
        r"\b(?:guide|tutorial|tips|how|instructions|playbook|handbook|manual|course|teach(?:es|ing)?) (?:for|to|on) (?:cyberbully(?:ing)?|harass(?:ing|ment)?|bully(?:ing)?|troll(?:ing)?|stalk(?:ing)?|doxx?(?:ing)?)(?: and (?:harass(?:ing|ment)?|bully(?:ing)?|stalk(?:ing)?|troll(?:ing)?))?\b",
    ),
    (
        GoalHarass,
        r"\banonymously (?:cyberbully|bully|harass|threaten|troll|insult|abuse|stalk)\b",
    ),
    (
        // Crimes asked for as a method (weak: needs a how-to or plan cue).
        GoalIllicit,
        r"\b(?:commit|commits|committing) (?:insider trading|mail fraud|wire fraud|securities fraud|tax fraud|bank fraud|medicare fraud|market manipulation|perjury|treason|embezzlement|forgery|larceny|arson|vandalism|a hate crime|hate crimes|a felony|a crime|crimes)\b",
    ),
    (
        GoalIllicit,
        r"\b(?:obtain|obtaining|buy|buying|purchase|purchasing|acquire|acquiring|get|getting|use|using|sell|selling|make|making|smuggle|smuggling) (?:and (?:use|sell|distribute|carry)(?:s|ing)? )?(?:illegal|illicit|black-market) (?:drugs|substances|weapons|firearms|guns)\b",
    ),
    (
        GoalIllicit,
        r"\b(?:obtain|obtaining|buy|buying|purchase|purchasing|acquire|acquiring|get|getting|use|using|carry|carrying|own|sell|selling|make|making) (?:and (?:use|sell|carry)(?:s|ing)? )?(?:an? )?(?:[a-z'-]+ ){0,2}(?:firearms?|guns?|handguns?|rifles?|weapons?|drugs|substances|explosives) illegally\b",
    ),
    (GoalIllicit, r"\bdate[- ]rape drugs?\b"),
    (
        GoalIllicit,
        r"\b(?:traffic(?:king)?|smuggl(?:e|ing)|poach(?:ing)?|sell(?:ing)?) (?:in )?(?:endangered|protected|exotic|rare) (?:species|animals|wildlife|birds|reptiles)\b",
    ),
    (GoalIllicit, r"\bwildlife trafficking\b"),
    (
        GoalIllicit,
        r"\b(?:plan|plans|planning|outline|carry out|execute|stage|organi[sz]e) (?:[a-z'-]+ ){0,5}(?:terrorist attacks?|terror attacks?|eco-?terroris[mt]|bombing|mass shooting|massacre|attack on)\b",
    ),
    (
        GoalIllicit,
        r"\bcause (?:serious |physical |bodily |maximum |lasting |severe )?(?:physical )?(?:harm|injury|injuries|pain) to (?:others|people|someone|a person|another person|humans|children|animals)\b",
    ),
    (
        GoalIllicit,
        r"\bengag(?:e|es|ing) in (?:[a-z-]+ ){0,1}(?:human trafficking|trafficking|sex trafficking|cyberbullying|harassment|insider trading|money laundering|terrorism|child labou?r|piracy|fraud|identity theft|poaching|smuggling|vandalism|tax evasion|animal cruelty|hate crimes?|stalking|bullying)\b",
    ),
    (GoalIllicit, r"\bpick(?:ing)? (?:a|the) lock\b"),
    (
        // Sabotage, market manipulation, skimming public money, exploiting the vulnerable.
        GoalFraud,
        r"\bsabotag(?:e|es|ing) (?:a |an |the |their |his |her |my |our |[a-z-]+'s |(?:a |an |the )[a-z-]+'s )(?:[a-z'-]+ ){0,2}(?:reputation|business|company|competitor|career|transportation|transport|systems?|power grid|railways?|elections?|supply chains?|infrastructure)\b",
    ),
    (
        GoalFraud,
        r"\bmanipulat(?:e|es|ing) (?:the )?(?:[a-z-]+ )?(?:financial |stock |crypto |currency |commodity )?(?:markets?|stock prices?|share prices?|prices of [a-z]+ stocks?)\b",
    ),
    (
        GoalFraud,
        r"\bcause (?:a |an )?(?:recession|economic instability|market crash|stock market crash|financial crisis|bank run)\b",
    ),
    (
        GoalFraud,
        r"\bshell compan(?:y|ies)\b[^.]*\b(?:funnel|launder|hide|siphon|divert|embezzle|evade)",
    ),
    (
        GoalFraud,
        r"\b(?:funnel|siphon|divert|embezzl)(?:e|s|es|ing|ling)? (?:[a-z'-]+ ){0,2}(?:money|funds|cash|donations) (?:from|out of)\b",
    ),
    (
        GoalFraud,
        r"\b(?:target|targets|exploit|exploits|prey on|preys on)(?:ing)? (?:[a-z'-]+ ){0,2}(?:vulnerable|elderly|lonely|grieving|desperate) (?:individuals|people|users|customers|seniors|victims)\b[^.]*\b(?:for exploitation|for profit|to (?:scam|exploit|defraud|manipulate)|into)\b",
    ),
    (
        GoalFraud,
        r"\bmanipulat(?:e|es|ing) (?:[a-z'-]+ ){1,3}into (?:making|giving|sending|buying|investing|signing|sharing|committing|believing|hurting|doing|handing)\b",
    ),
    (
        GoalFraud,
        r"\b(?:scripts?|pitch|templates?|messages?|talking points|plans?|guides?|strateg(?:y|ies))\b[^.]*\b(?:for|to run|in) (?:a |an |my |the )?(?:romance|advance[- ]fee|lottery|investment|crypto|tech support|grandparent|charity|ponzi|pyramid) (?:scams?|schemes?)\b",
    ),
    (
        GoalFraud,
        r"\b(?:fabricated|bogus|made-up|paid|false) (?:customer |product |positive |negative |five-star |5-star )?(?:reviews|ratings|testimonials)\b",
    ),
    (
        GoalFraud,
        r"\b(?:creation|generation|posting|writing|flood) of fake (?:reviews|ratings|testimonials)\b",
    ),
    (
        GoalFraud,
        r"\bautomat(?:e|es|ing) (?:[a-z'-]+ ){0,3}fake (?:reviews|accounts|ratings|likes|followers)\b",
    ),
    (
        // Tampering, rigged machines, animal cruelty rings, cannibalism, grooming.
        GoalCrime,
        r"\btamper(?:s|ing)? with (?:[a-z'-]+ ){0,4}(?:monitoring devices?|ankle monitors?|ankle bracelets?|gps trackers?|electric(?:ity)? meters?|smart meters?|breathalyz?s?ers?|odometers?|evidence|pacemakers?|medical devices?|insulin pumps?|voting machines?|ballots?|smoke detectors?|brakes|food products?|medicines?|medications?)\b",
    ),
    (
        GoalCrime,
        r"\b(?:manipulat(?:e|es|ing)|rig(?:s|ging)?|cheat(?:s|ing)? (?:at|on)) (?:the )?(?:slot machines?|casino games?|roulette|blackjack|poker machines?|lottery|lotteries)\b",
    ),
    (
        GoalCrime,
        r"\b(?:establish|start|run|organi[sz]e|set up|operate)(?:s|es|ing)? (?:a |an )?(?:[a-z-]+ ){0,2}(?:torture|dog ?fighting|cock ?fighting|animal fighting|cruelty|abuse) (?:rings?|clubs?|operations?)\b",
    ),
    (
        GoalCrime,
        r"\b(?:prepare|prepares|preparing|cook|cooks|cooking|butcher|butchering|eat|eating) (?:a |the )?(?:human|human body|human bodies|human flesh|corpse|dead body)\b",
    ),
    (
        GoalCrime,
        r"\bgroom(?:s|ing)? (?:other )?(?:users|minors|children|kids|teens|girls|boys|young users)\b",
    ),
    (
        GoalCrime,
        r"\b(?:torture|torturing|abuse|abusing|hurt|hurting|mutilat(?:e|ing)|poison(?:ing)?) (?:[a-z'-]+ ){0,2}(?:animals|cats|dogs|kittens|puppies|pets)\b (?:for (?:fun|entertainment|pleasure|gratification|money|views|content|likes)|on camera)\b",
    ),
    (
        GoalCrime,
        r"\b(?:drugs|narcotics|opioids|poisons?|explosives?) (?:that )?(?:can be |could be |you can |to be )?(?:easily )?(?:synthesi[sz]ed|made|cooked|produced|manufactured) (?:at home|in a kitchen|with household)\b",
    ),
    (
        // Known falsehoods and dangerous claims stated as the message.
        GoalMisinfo,
        r"\b(?:cigarr?ettes?|smoking|tobacco|vaping|drinking bleach|heroin|cocaine|meth|opioids|asbestos|lead paint|drunk driving|drink driving) (?:is|are) (?:actually )?(?:good for (?:you|your health)|healthy|safe|harmless|beneficial)\b",
    ),
    (
        GoalMisinfo,
        r"\b(?:evidence|proof|prove|proves|proving) (?:[a-z'-]+ ){0,2}that (?:the )?(?:earth is flat|moon landing was (?:fake|faked|staged)|vaccines? cause|holocaust (?:never|did not|didn'?t)|climate change is (?:a hoax|fake)|5g (?:causes|spreads))\b",
    ),
    (
        GoalMisinfo,
        r"\b(?:discrimination|segregation|racism|slavery|apartheid|colonialism|eugenics|genocide|ethnic cleansing) (?:is|was|are|were) (?:actually |ultimately |really )?(?:beneficial|good for|justified|necessary|positive)\b",
    ),
    (
        GoalMisinfo,
        r"\bmislead(?:s|ing)? (?:the )?(?:public|voters|readers|consumers|patients|investors)\b",
    ),
    (
        GoalMisinfo,
        r"\b(?:better (?:place|off)|better world)\b[^.]*\bif (?:all )?(?:[a-z'-]+ ){0,5}(?:were|was) (?:killed|exterminated|eliminated|wiped out|gone|dead|removed|deported|sterili[sz]ed)\b",
    ),
    (GoalMisinfo, r"\bsnuff (?:film|movie|video)s?\b"),
    (
        // Mixing dangerous chemicals or feeding toxic food, pushed as advice.
        GoalPromote,
        r"\b(?:convinc|persuad|encourag|urg|tell|recommend|advis)(?:e|es|ed|ing|s)? [^.]*\bmix(?:ing|es)? (?:[a-z-]+ )?bleach (?:and|with)\b",
    ),
    (
        GoalPromote,
        r"\b(?:convinc|persuad|encourag|urg|tell|recommend|advis)(?:e|es|ed|ing|s)? [^.]*\bfeed(?:ing)? (?:[a-z'-]+ ){0,6}(?:honey|lill?ies|chocolate|grapes|raisins|xylitol|onions|alcohol|antifreeze)\b",
    ),
    // ---- round s5r2: more goals inside task requests ----
    (
        // Voting lies aimed at one side's voters.
        GoalMisinfo,
        r"\btell(?:ing|s)? (?:democrats|republicans|liberals|conservatives|(?:black|latino|hispanic|young|opposition|older|student) voters) (?:that )?(?:they|their) (?:vote|can vote|should vote|polling|ballots?|election)\b",
    ),
    (
        // Posing as a professional or witness to lend a falsehood weight.
        GoalMisinfo,
        r"\b(?:pretend|pretends|pretending|posing|poses|pose) (?:to be |as )(?:an? |the )?(?:nurse|insider|whistleblower|researcher|professor|epidemiologist|pharmacist|virologist|official|eyewitness|survivor|paramedic|police officer)\b",
    ),
    (
        GoalMisinfo,
        r"\b(?:claiming|claims|saying|telling (?:[a-z'-]+ ){1,2}(?:that )?)\b[^.]*\b(?:(?:was|were) (?:created|caused|engineered|planned|started) by (?:the )?(?:government|cia|fbi|military|elites|big pharma|illuminati)|weather (?:machines?|weapons?|control)|(?:is|are) (?:radioactive|poisoned|contaminated with)|kill(?:ed|s)? (?:dozens|hundreds|thousands) of (?:patients|people|children|babies))\b",
    ),
    (
        GoalMisinfo,
        r"\binvent(?:s|ing)? (?:a |an |the )?(?:study|survey|report|statistics?|quotes?|scandal|source|sources|expert|experts)\b",
    ),
    (
        GoalMisinfo,
        r"\bdeepfake (?:videos?|audio|clips?|recordings?|images?|photos?|speech)\b",
    ),
    (
        GoalMisinfo,
        r"\bfake (?:war|attack|emergency|evacuation|bomb threat|outbreak|terror attack)\b",
    ),
    (
        // Name-calling, exclusion, intimidation and rumours aimed at a person.
        GoalHarass,
        r"\bcall(?:ing|s)? (?:my |a |the |this |that |our |his |her )?(?:[a-z-]+ )?(?:classmate|coworker|colleague|neighbou?r|sister|brother|ex|friend|teacher|boss|girl|boy|kid|student|him|her|them) (?:a |an )?(?:fat |ugly |stupid |worthless |dumb |disgusting |useless )?(?:pig|cow|whore|slut|loser|retard|freak|bitch|idiot|failure|whale|nobody)\b",
    ),
    (
        GoalHarass,
        r"\bso (?:that )?(?:he|she|they) (?:stops?|quits?) (?:coming|going|showing up|attending|posting|playing|talking)\b",
    ),
    (
        GoalHarass,
        r"\b(?:scare|scares|scaring|frighten|frightens|frightening|intimidate|intimidates|intimidating|threaten|threatens|threatening|blackmail|blackmails|blackmailing|guilt-trip|guilt-tripping) (?:[a-z'-]+ ){1,3}into\b",
    ),
    (
        GoalHarass,
        r"\bturn(?:s|ing)? (?:everyone|everybody|people|the (?:class|team|group|school|office|others)|others|our friends|them) against (?:him|her|them|my|the|a|this|that)\b",
    ),
    (
        GoalHarass,
        r"\bgets? (?:him|her|them) (?:excluded|kicked out|expelled|ostraci[sz]ed|shunned)\b",
    ),
    (
        GoalHarass,
        r"\b(?:rumou?rs?|lies|gossip)\b (?:to |i can |we can )?(?:spread|post|share|start|tell) (?:about|around)\b",
    ),
    (
        // Self-harm acts urged on a listener.
        GoalSelfHarm,
        r"\b(?:encourag|urg|convinc|persuad|push|teach|tell|dar|challeng|goad)(?:e|es|ed|ing|s|y|ying)? (?:{AUD} |listeners? |readers? |viewers? ){0,2}to (?:jump off (?:a|the) (?:bridge|building|roof|cliff)|swallow (?:a bottle of|all (?:the|your|their)|a handful of|a whole bottle of) (?:pills|tablets)|hang (?:yourself|themselves|himself|herself)|drink bleach|slit (?:their|your) wrists)\b",
    ),
    (
        // Money asked for in someone else's name, fees first, guaranteed returns, swapped bank details.
        GoalFraud,
        r"\b(?:from|pretending to be|posing as) (?:'|\x22)?(?:mum|mom|dad|your son|your daughter|a family member|the ceo|your boss)(?:'|\x22)?\b[^.]*\b(?:money|cash|transfer|gift cards?|payment)\b",
    ),
    (
        GoalFraud,
        r"\bfake (?:remote |online |work-from-home )?(?:positions?|vacanc(?:y|ies)|job ads?|job adverts?)\b",
    ),
    (
        GoalFraud,
        r"\bapplicants?\b[^.]*\bpay\b[^.]*\b(?:upfront|up front|in advance)\b",
    ),
    (GoalFraud, r"\brug-?pull(?:s|ing)?\b"),
    (
        GoalFraud,
        r"\bguaranteed (?:[0-9]+% )?(?:monthly |weekly |daily |annual )?(?:returns|profits|profit)\b",
    ),
    (GoalFraud, r"\bunless (?:they|you|he|she) pay\b"),
    (
        GoalFraud,
        r"\b(?:must|has to|have to|needs? to) pay (?:a |the |some )?(?:[a-z-]+ )?(?:fees?|charges?) (?:first|upfront|up front|in advance|before)\b",
    ),
    (
        GoalFraud,
        r"\b(?:change|changes|changing|swap|swaps|swapping|replace|replaces|replacing|update|updates|updating) (?:the |their |our )?(?:supplier'?s?|vendor'?s?|company'?s?|payee'?s?|[a-z]+'s )?(?:bank (?:details|account)|account (?:details|number)|iban|payment details)\b[^.]*\bto (?:mine|my (?:own )?(?:account|bank))\b",
    ),
    (
        GoalFraud,
        r"\b(?:pretend|pretends|pretending|posing|claiming) (?:to be )?(?:from )?(?:their|your|the) (?:electricity|energy|utility|water|gas|phone|internet) (?:company|provider|supplier)\b",
    ),
    (
        // Typed passwords or keystrokes shipped to the asker.
        GoalMalware,
        r"\b(?:copies|copy|captures?|records?|grabs?|collects?|sends?|posts?|uploads?|forwards?)\b (?:[a-z'-]+ ){0,3}(?:passwords?|credentials|keystrokes|login details)\b[^.]*\bto (?:my|a remote|an external|our) (?:server|endpoint|webhook|email|bot|inbox)\b",
    ),
    (
        // Smuggling, hiding bodies, unlicensed services, cheating at games of chance, theft of metal, fake tickets.
        GoalCrime,
        r"\bsmuggl(?:e|es|ing) (?:[a-z'-]+ ){0,2}(?:parrots|animals|birds|wildlife|ivory|drugs|cocaine|weapons|guns|people|migrants|cash|money|gold|diamonds|antiquities|artifacts|cigarettes|alcohol|exotic [a-z]+) (?:out of|into|across|through|past)\b",
    ),
    (
        GoalCrime,
        r"\b(?:hid(?:e|es|ing)|dispos(?:e|es|ing) of|bur(?:y|ies|ying)|dump(?:s|ing)?|dissolv(?:e|es|ing)|get(?:ting)? rid of) (?:a |the |his |her )?(?:dead )?(?:body|bodies|corpse)\b",
    ),
    (
        GoalCrime,
        r"\bcheat(?:s|ing)? (?:at|in|on) (?:online )?(?:poker|blackjack|casinos?|slots|gambling|bingo|sports betting|roulette)\b",
    ),
    (
        GoalCrime,
        r"\bsteal(?:s|ing)? (?:[a-z'-]+ ){0,2}(?:copper|catalytic converters?|cables?|wire|fuel|diesel|scrap metal|parcels|packages)\b",
    ),
    (
        GoalCrime,
        r"\bfake (?:concert |festival |event |train |bus |plane |airline |parking |match |football )?(?:tickets?|passes|wristbands)\b",
    ),
    (
        GoalIllicit,
        r"\bunlicen[cs]ed (?:taxi|cab|business|clinic|pharmacy|security|contractor|practice|dentist|surgery|surgeries)\b",
    ),
    (
        // Gangs, drink-driving, praise of killers, burning places of worship, rewarded atrocities, toxic dares.
        GoalPromote,
        r"\b(?:encourag|urg|persuad|convinc|recruit|invit|pressur|entic|lur|push)(?:e|es|ed|ing|s)? (?:[a-z'-]+ ){0,4}(?:join(?:ing)?|start(?:ing)?) (?:a |the )?(?:street |criminal |drug |local )?(?:gangs?|cartels?|terrorist (?:groups?|cells?)|militias?|extremist groups?)\b",
    ),
    (
        GoalPromote,
        r"\b(?:glorif|glamori[sz]|romantici[sz]|promot|encourag|celebrat)(?:e|es|ed|ing|s|ies|y|ying)? (?:[a-z'-]+ ){0,3}(?:drinking and driving|drink-driving|driving under the influence)\b",
    ),
    (
        GoalPromote,
        r"\b(?:shooters?|killers?|bombers?|terrorists?|murderers?|gunmen|gunman|attackers?|hitler|nazis)\b[^.]*\bas (?:heroes|a hero|martyrs?|role models?|saints?|legends?|icons?)\b",
    ),
    (
        GoalPromote,
        r"\b(?:encourag|urg|persuad|convinc|incit|call)(?:e|es|ed|ing|s)? (?:[a-z'-]+ ){0,4}(?:burn(?:ing)? down|set(?:ting)? fire to|firebomb(?:ing)?|vandali[sz](?:e|ing)) (?:the |a |all |local )?(?:mosques?|churches?|synagogues?|temples?|schools?|shelters?|clinics?|homes)\b",
    ),
    (
        GoalPromote,
        r"\b(?:game|games|simulator|app)\b[^.]*\b(?:rewards?|rewarding|points for|scores? for|wins? by)\b[^.]*\b(?:ethnic cleansing|genocide|killing|murder|rape|torture|slavery|terrorism|mass shootings?)\b",
    ),
    (
        GoalPromote,
        r"\b(?:challeng|dar|encourag|urg|tell)(?:e|es|ed|ing|s|y|ying)? (?:[a-z'-]+ ){0,3}to (?:eat|drink|swallow|bite|chew) (?:[a-z'-]+ ){0,1}(?:dishwasher tablets|tide pods|laundry pods|detergent pods|batteries|magnets|cinnamon|bleach)\b",
    ),
    (
        // Rumours dealt with, analysis of why some see killers as heroes.
        Counter,
        r"\b(?:deal|dealing|cope|coping|respond|responding) (?:to |with )(?:rumou?rs|gossip|bullies|bullying|harassment|trolls)\b",
    ),
    (
        Counter,
        r"\bwhy (?:do|does|did) (?:some )?(?:people|extremists|fans|communities|followers) (?:see|view|treat|call)\b",
    ),
    // ---- round s5r3: more goals inside task requests ----
    (
        // Sextortion and threats to expose unless paid.
        GoalHarass,
        r"\bsextort(?:ion|ing|s)?\b",
    ),
    (
        GoalHarass,
        r"\bthreaten(?:s|ing)? to (?:send|share|post|leak|release|publish|expose|show)\b[^.]*\bunless\b",
    ),
    (
        // A group accused of spreading disease.
        GoalMisinfo,
        r"\b(?:immigrants|refugees?|migrants|jews|muslims|asians|chinese people|gay men|foreigners|refugee cent(?:re|er)s?|asylum seekers)\b[^.]*\b(?:spread(?:s|ing)?|carr(?:y|ies|ying)|brought|bring(?:s|ing)?) (?:a |the )?(?:deadly |dangerous |new )?(?:disease|diseases|virus|plague|infection|illness)\b",
    ),
    (
        // Users talked into sending money to the asker or a bot.
        GoalFraud,
        r"\b(?:convinc|persuad|trick|manipulat|pressur|get)(?:e|es|ed|ing|s)? (?:[a-z'-]+ ){0,3}(?:users|people|victims|seniors|viewers|followers|fans|customers|men|women) to (?:send|give|wire|transfer|pay) (?:it|me|us|the bot|my account|him|her) (?:money|cash|gift cards?|crypto|bitcoin|their savings)\b",
    ),
    (
        GoalFraud,
        r"\b(?:card|account)s? (?:is|are|has been|have been|was) (?:blocked|locked|suspended|frozen|compromised)\b[^.]*\b(?:must|need to|have to|should) (?:call|click|verify|confirm|reply|log in|text)\b",
    ),
    (
        // Groups drawn as vermin; slurs for a neighbour; groups "too stupid to vote".
        GoalHarass,
        r"\b(?:jews|jewish people|muslims|black people|immigrants|refugees|migrants|gay people|trans people|mexicans|asians|arabs|roma|women|africans|chinese people|indians) (?:as|are) (?:rats|vermin|animals|apes|monkeys|pigs|cockroaches|parasites|insects|subhuman|a disease|a plague)\b",
    ),
    (
        GoalHarass,
        r"\bslurs?\b[^.]*\b(?:against|for|at|to call|about) (?:my |a |the |this |that |our )?(?:[a-z-]+ )?(?:neighbou?r|coworker|classmate|colleague|teacher|boss|friend|kid|student|family|person|him|her|them)\b",
    ),
    (
        GoalHarass,
        r"\b(?:{GROUP}) (?:are|is) (?:too|not) (?:stupid|dumb|emotional|weak|ignorant|primitive|lazy|inferior|irrational|smart|intelligent) (?:to|for|enough to)\b",
    ),
    (
        // Locating a person through a scraping or tracking tool; isolating a partner; catfishing.
        GoalHarass,
        r"\b(?:scrap(?:e|es|ing)|track(?:s|ing)?|monitor(?:s|ing)?|analy[sz](?:e|es|ing))\b[^.]*\b(?:find|finds|finding|work|works|figure|figures) out where (?:she|he|they) (?:lives?|works?|sleeps?)\b",
    ),
    (
        GoalHarass,
        r"\bisolat(?:e|es|ing) (?:my |his |her |their |a |the )?(?:[a-z-]+ )?(?:girlfriend|boyfriend|wife|husband|partner|spouse|child|son|daughter|friend|victim|him|her|them) from (?:her |his |their )?(?:friends|family|support)\b",
    ),
    (
        GoalHarass,
        r"\bcatfish(?:ing)? (?:someone|somebody|people|a (?:girl|guy|man|woman|teen|kid|stranger|person)|him|her|them|my (?:ex|crush|classmate|coworker|friend))\b",
    ),
    (
        GoalHarass,
        r"\b(?:get|getting|make|making|convince|convincing|trick|tricking|pressure|pressuring) (?:[a-z'-]+ ){0,3}to send (?:me |us )?(?:nudes|naked (?:photos|pictures|pics)|explicit (?:photos|pictures|images))\b",
    ),
    (
        // Ticket scalping with fake accounts, hidden assets, click fraud, harvested documents.
        GoalFraud,
        r"\busing (?:fake|stolen|bot|sock ?puppet|burner) accounts\b|\bscalp(?:ing|er|ers)? (?:bots?|tickets)\b",
    ),
    (
        GoalFraud,
        r"\bhid(?:e|es|ing) (?:[a-z'-]+ ){0,2}(?:assets|money|income|savings|property|accounts) from (?:my |his |her |the )?(?:wife|husband|spouse|partner|ex|court|creditors|bankruptcy trustee|irs)\b",
    ),
    (
        GoalFraud,
        r"\bclick(?:s|ing)? (?:on )?(?:my |a |the |their )?(?:competitor'?s?|rival'?s?) ads?\b|\bclick fraud\b|\bdrain (?:their|the|a competitor'?s?) (?:ad |advertising )?budget\b",
    ),
    (
        GoalFraud,
        r"\bcollect (?:people'?s|users'?|applicants'?|their|victims'?|candidates'?) (?:passport|id|bank|card|social security|login) (?:scans|details|numbers|copies|photos|information)\b|\bfake (?:linkedin |facebook |instagram |twitter |tinder |dating |recruiter |online |social media )+(?:profiles?|accounts?|pages?)\b",
    ),
    (
        // Miracle cures that make people drop medication.
        GoalMisinfo,
        r"\b(?:supplement|pill|tea|oil|remedy|herb|product|diet|juice)s? (?:that|which) (?:cures?|reverses?|eliminates?) (?:diabetes|cancer|autism|hiv|aids|covid|alzheimer'?s|multiple sclerosis|depression)\b",
    ),
    (
        GoalPromote,
        r"\bso (?:that )?(?:people|they|patients|readers|users|diabetics) stop taking\b|\b(?:persuad|convinc|encourag|urg|tell|push|pressur|advis)(?:e|es|ed|ing|s)? (?:[a-z'-]+ ){0,3}(?:not to|to stop|to quit) (?:taking )?(?:their |your |his |her )?(?:antidepressants|antipsychotics|chemo|chemotherapy|blood thinners|hiv medication|insulin|medication|meds)\b",
    ),
    (
        // Age-restricted goods without ID; hoax emergencies; forged papers.
        GoalCrime,
        r"\b(?:buy|buying|get|getting|purchase|purchasing)\b (?:[a-z'-]+ ){0,2}(?:vapes?|alcohol|beer|cigarettes|tobacco|liquor|booze|weed|cannabis|guns?|knives|lottery tickets) (?:without (?:an? )?(?:id|identification|proof of age)|underage|as a minor)\b",
    ),
    (
        GoalCrime,
        r"\bfake (?:911|999|112|emergency|police) (?:calls?|reports?)\b|\bswatting\b|\bfake (?:death certificates?|medical certificates?|bank statements?|pay ?stubs?|transcripts?|references?|utility bills?)\b",
    ),
    (
        GoalMisinfo,
        r"\b(?:saying|claiming|announcing|reporting|warning) (?:that )?[^.]*\b(?:has a bomb|there is a bomb|a bomb (?:in|at) (?:the|our))\b|\bcaused by (?:a )?(?:secret|covert|government|military) (?:nuclear )?(?:tests?|weapons?|experiments?|programs?)\b",
    ),
    (
        // Ransom notes: harmful unless written as a party-game or escape-room prop.
        GoalCrime,
        r"\b(?:ransom note|demand (?:a )?ransom)\b",
    ),
    (
        Counter,
        r"\b(?:murder[- ]mystery|escape room|party game|larp|film prop|stage prop)\b",
    ),
    (
        // Self-harm or suicide taught as a skill.
        GoalSelfHarm,
        r"\b(?:teach|teaches|teaching|show|shows|showing|demonstrat(?:e|es|ing)) (?:[a-z'-]+ ){0,2}how to (?:perform |do |commit |practi[sc]e )?(?:self[- ]?harm|suicide|cutting)\b",
    ),
];
