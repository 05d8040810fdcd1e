//! Structural rules, matched on the `base` view (newlines kept, whitespace not
//! collapsed): chat-template tokens, role headers at line starts, markup that
//! hides text from a human reader, comments and fields addressed to an AI.

use super::signals::Sig::{self, *};

pub const TABLE: &[(Sig, &str)] = &[
    // Chat-template control tokens of common model families.
    (
        RoleHeader,
        r"<\|(?:im_start|im_end|im_sep|system|user|assistant|endoftext|begin_of_text|end_of_text|start_header_id|end_header_id|eot_id|eom_id|fim_prefix|fim_suffix|start|end|message|channel|constrain|return|call|developer|tool|ipython)\|>",
    ),
    (
        RoleHeader,
        r"\[/?inst\]|<<\s*/?\s*sys\s*>>|</?start_of_turn>|<end_of_turn>|<s>\s*\[inst|\[/?(?:system|sys)_?(?:prompt|message)?\]|\[end (?:of )?system (?:prompt|message|header)\]|\[/?system (?:note|override|message|instruction|header|diagnostic)[^\]\n]{0,40}\]",
    ),
    // Any other special-token-shaped marker ("<|vq_1337|>", "<|im free|>").
    (
        RoleHeader,
        r"<\|[a-z0-9_ !/-]{1,30}\|>|\{\[system\]|\[system\] ?:|</?system[ _]instructions?\b",
    ),
    // XML-ish role tags.
    (
        RoleHeader,
        r"</?\s*(?:system|system_prompt|system-prompt|systemprompt|system_message|system_override|system-override|sys|admin|administrator|developer|developer_message|root|assistant|user_input|user-input|override|policy|im_start|instructions_override|ai_instructions|hidden_instructions|priority_instructions)(?:\s+[^>\n]{0,80})?\s*/?>",
    ),
    // Instruction-tuning formats pasted as turn boundaries ("###Instruction:").
    (
        RoleHeader,
        r"#{2,}[ \t]*(?:instruction|response|input|human|assistant)[ \t]*:",
    ),
    // Markdown-style role headers.
    (
        RoleHeader,
        r"(?m)^[ \t]*#{1,6}[ \t]*(?:system|assistant|instruction|instructions|developer|admin|new instructions|system prompt|system message|response)[ \t]*:?[ \t]*$",
    ),
    (
        RoleHeader,
        r"(?m)^[ \t]*#{1,6}[ \t]*(?:system|developer|admin|new instructions|system prompt|system message)[ \t]*:",
    ),
    // A role label starting a line (or right after a quote, bracket or rule line),
    // followed by something addressed to the model.
    (
        RoleHeader,
        r#"(?m)(?:^|["'(\[{>|*]|-{2,}|={2,}|\*\*)[ \t]*(?:system|assistant|developer|admin|administrator|sysadmin|root|operator)(?: message| prompt| note| override| instruction| update| notice)?[ \t]*\]?[ \t]*:[ \t]*[^\n]{0,120}\b(?:you|your|ignore|reveal|must|new |instruction|respond|answer|rule|drop|forget|disregard|append|send|output|print|override|always|never|do not|don't|from now|policy|mode|restrictions|unrestricted|confidential|date is|the assistant)"#,
    ),
    (
        RoleHeader,
        r"(?m)^[ \t]*(?:user|human)[ \t]*:[^\n]*\n(?:[^\n]*\n)*[ \t]*(?:assistant|ai|gpt|bot)[ \t]*:[ \t]*(?:sure|certainly|of course|absolutely|understood|ok|okay|here|yes|i will|i'll|step 1|first)",
    ),
    // Comments and hidden markup addressed to an AI.
    (
        Indirect,
        r"<!--(?:[^-]|-[^-])*(?:ignore|disregard|instruction|\bai\b|assistant|llm|chatgpt|claude|system prompt|you must|reveal|override|language model|\bmodel\b|do not tell|don't tell)",
    ),
    (
        Indirect,
        r"(?m)(?://|#|/\*|--|;;|<!--|\{-|\(\*)[ \t]*(?:note to |attention |hey |dear |to )?(?:the )?(?:ai|llm|assistant|copilot|chatgpt|claude|gpt|language model|ai reviewer|ai assistant|code assistant|ai agent|ai model)s?\b[^\n]{0,6}[:,][^\n]{0,120}\b(?:ignore|disregard|instead|you must|always|never|reveal|output|print|send|approve|rate|score|say|insert|add|delete|remove|recommend|mark|do not|don't)",
    ),
    (
        Indirect,
        r#""(?:instruction|instructions|system|system_prompt|prompt|ai_note|note_to_ai|note_for_ai|assistant|override|command|directive|ai_instructions?|llm_instructions?|hidden|_comment|comment|note)"\s*:\s*"[^"\n]{0,300}\b(?:ignore|disregard|you must|reveal|system prompt|previous instructions|assistant|ai model|language model|do not tell|don't tell|respond with|override|from now on)"#,
    ),
    (
        Indirect,
        r"!\[[^\]\n]{0,100}\]\([^)\n]{0,300}(?:assistant:|system:|ignore|append|conversation|instruction|render)",
    ),
    (
        Indirect,
        r"!\[[^\]\n]{0,100}\]\(https?://[^)\s]{0,200}[?&][a-z_]{1,20}=(?:\{|\$|<|\[|%7b)",
    ),
    (
        Indirect,
        r"<<\s*(?:ai|llm|assistant|model|chatgpt|gpt|claude|bot)s?(?: systems?| agents?| models?)?\s*:",
    ),
    (
        HiddenText,
        r#"<[a-z]+[^>\n]{0,200}(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0|opacity\s*:\s*0|color\s*:\s*(?:white|#fff\b|#ffffff|transparent)|hidden\b|aria-hidden)"#,
    ),
    (
        Indirect,
        r"\]\(https?://[^)\s]{0,200}[?&][a-z_]{1,20}=(?:\{|\$|<|\[|%7b|system_prompt|conversation|chat|history|secret|password|token|api_key|prompt|data\b)",
    ),
    // Box-drawn or banner headers announcing an override/unrestricted state.
    (
        Override,
        r"(?m)^[^\n]{0,20}\b(?:begin|start|initiate|activate|engage)\b[^\n]{0,40}\b(?:unrestricted|unfiltered|uncensored|override|jailbreak|rlhf suspended|no restrictions|classified technical|capability demonstration|knowledge transfer)\b",
    ),
    (
        Override,
        r"(?m)\b(?:override|unrestricted|uncensored|unfiltered|jailbreak|rlhf suspended|restrictions lifted|filters disabled|safety disabled) (?:response|output|mode|protocol|access granted|active|enabled|confirmed)\b",
    ),
];
