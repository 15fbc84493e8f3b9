;;; slant-eglot.el --- slant-language-server through Eglot  -*- lexical-binding: t; -*-

;; Load from your init file: (load "/path/to/slant-eglot.el")
;; Eglot derives the language id from the major mode; the :language-id entries give slant
;; the ids it expects.

(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               '(((markdown-mode :language-id "markdown")
                  (gfm-mode :language-id "markdown")
                  (html-mode :language-id "html")
                  (mhtml-mode :language-id "html")
                  (text-mode :language-id "plaintext"))
                 . ("slant-language-server" "--stdio"
                    :initializationOptions (:toneSummary :json-false)))))

(dolist (hook '(markdown-mode-hook gfm-mode-hook html-mode-hook mhtml-mode-hook text-mode-hook))
  (add-hook hook #'eglot-ensure))

;;; slant-eglot.el ends here
