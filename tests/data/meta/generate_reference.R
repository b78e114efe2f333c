# SPDX-FileCopyrightText: 2026 Stemma contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes the reference values the meta-analysis tests compare against, computed with metafor.
# Run from this folder:  Rscript generate_reference.R
# Outputs: one input CSV per dataset (metafor column names, as stemma-cli meta reads them) and
# reference.csv in long form: dataset,measure,method,knha,key,value (values with 17 significant digits).
suppressPackageStartupMessages(library(metafor))

fmt <- function(x) {
  if (is.null(x) || length(x) == 0 || is.na(x)) return(if (is.nan(x[1])) "NaN" else "NA")
  if (is.infinite(x)) return(if (x > 0) "Inf" else "-Inf")
  sprintf("%.17g", x)
}

datasets <- list()
bcg <- dat.bcg
datasets$bcg <- list(data = data.frame(study = paste(bcg$author, bcg$year), ai = bcg$tpos, bi = bcg$tneg,
                                       ci = bcg$cpos, di = bcg$cneg),
                     measures = c("OR", "RR", "RD"))
nm <- dat.normand1999
datasets$normand <- list(data = data.frame(study = nm$source, m1i = nm$m1i, sd1i = nm$sd1i, n1i = nm$n1i,
                                           m2i = nm$m2i, sd2i = nm$sd2i, n2i = nm$n2i),
                         measures = c("MD", "SMD"))
pr <- dat.pritz1997
datasets$pritz <- list(data = data.frame(study = pr$authors, xi = pr$xi, ni = pr$ni),
                       measures = c("PR", "PLO", "PFT"))
# Zero cells: one arm without events, both arms without events (kept: metafor's drop00 = FALSE), all events.
datasets$zeros <- list(data = data.frame(study = c("A", "B", "C", "D", "E"), ai = c(0, 2, 0, 5, 10),
                                         bi = c(20, 18, 30, 15, 0), ci = c(3, 0, 0, 8, 9),
                                         di = c(17, 22, 30, 12, 1)),
                       measures = c("OR", "RR", "RD"))
datasets$propzeros <- list(data = data.frame(study = c("P1", "P2", "P3", "P4", "P5", "P6"),
                                             xi = c(0, 3, 12, 7, 20, 1), ni = c(15, 20, 12, 30, 25, 9)),
                           measures = c("PR", "PLO", "PFT"))
datasets$change <- list(data = data.frame(study = c("S1", "S2", "S3", "S4"), m1i = c(24.1, 18.5, 30.2, 21.0),
                                          m2i = c(17.3, 15.9, 22.8, 20.1), sd1i = c(8.2, 6.5, 9.9, 7.4),
                                          sd2i = c(7.9, 7.1, 10.4, 6.8), ni = c(12, 20, 8, 15),
                                          ri = c(0.5, 0.6, 0.4, 0.7)),
                        measures = c("MC"))
datasets$gen <- list(data = data.frame(study = paste("G", 1:7), yi = c(-0.42, 0.10, -0.85, -0.30, 0.25, -1.10, -0.05),
                                       vi = c(0.040, 0.090, 0.120, 0.025, 0.200, 0.300, 0.060)),
                     measures = c("GEN"))
datasets$k1 <- list(data = data.frame(study = "only", yi = -0.5, vi = 0.04), measures = c("GEN"))
datasets$k2 <- list(data = data.frame(study = c("one", "two"), yi = c(-0.5, 0.3), vi = c(0.04, 0.09)),
                    measures = c("GEN"))
datasets$tau2zero <- list(data = data.frame(study = paste("H", 1:5), yi = c(0.20, 0.22, 0.18, 0.21, 0.19),
                                            vi = c(0.05, 0.04, 0.06, 0.05, 0.03)),
                          measures = c("GEN"))
datasets$identical <- list(data = data.frame(study = paste("I", 1:4), yi = rep(0.3, 4),
                                             vi = c(0.02, 0.05, 0.03, 0.04)),
                           measures = c("GEN"))

fitOne <- function(d, measure, method, knha) {
  test <- if (knha) "knha" else "z"
  args <- switch(measure,
    GEN = list(yi = d$yi, vi = d$vi),
    MD = , SMD = list(m1i = d$m1i, sd1i = d$sd1i, n1i = d$n1i, m2i = d$m2i, sd2i = d$sd2i, n2i = d$n2i),
    OR = , RR = , RD = list(ai = d$ai, bi = d$bi, ci = d$ci, di = d$di),
    PR = , PLO = , PFT = list(xi = d$xi, ni = d$ni),
    MC = list(m1i = d$m1i, m2i = d$m2i, sd1i = d$sd1i, sd2i = d$sd2i, ni = d$ni, ri = d$ri))
  if (measure != "GEN") args$measure <- measure
  args$method <- method
  args$test <- test
  suppressWarnings(do.call(rma.uni, args))
}

rows <- list()
add <- function(ds, measure, method, knha, key, value) {
  rows[[length(rows) + 1]] <<- c(ds, measure, method, if (knha) "1" else "0", key, fmt(value))
}

for (name in names(datasets)) {
  d <- datasets[[name]]$data
  write.csv(d, paste0(name, ".csv"), row.names = FALSE, quote = TRUE)
  for (measure in datasets[[name]]$measures) {
    for (method in c("FE", "DL", "REML", "PM")) {
      for (knha in c(FALSE, TRUE)) {
        res <- tryCatch(fitOne(d, measure, method, knha), error = function(e) NULL)
        if (is.null(res)) next
        pred <- predict(res)
        add(name, measure, method, knha, "k", res$k)
        add(name, measure, method, knha, "estimate", res$beta[1])
        add(name, measure, method, knha, "se", res$se)
        add(name, measure, method, knha, "ci_lb", res$ci.lb)
        add(name, measure, method, knha, "ci_ub", res$ci.ub)
        add(name, measure, method, knha, "stat", res$zval)
        add(name, measure, method, knha, "pval", res$pval)
        add(name, measure, method, knha, "tau2", res$tau2)
        add(name, measure, method, knha, "i2", res$I2)
        add(name, measure, method, knha, "h2", res$H2)
        add(name, measure, method, knha, "q", res$QE)
        add(name, measure, method, knha, "q_df", res$k - res$p)
        add(name, measure, method, knha, "q_pval", res$QEp)
        # predict() gives no prediction interval for a common-effect model: there it equals the CI.
        add(name, measure, method, knha, "pi_lb", if (is.null(pred$pi.lb)) res$ci.lb else pred$pi.lb)
        add(name, measure, method, knha, "pi_ub", if (is.null(pred$pi.ub)) res$ci.ub else pred$pi.ub)
        back <- switch(measure,
          OR = , RR = predict(res, transf = exp),
          PLO = predict(res, transf = transf.ilogit),
          PFT = predict(res, transf = transf.ipft.hm, targs = list(ni = d$ni)),
          NULL)
        if (!is.null(back)) {
          add(name, measure, method, knha, "back_estimate", back$pred)
          add(name, measure, method, knha, "back_ci_lb", back$ci.lb)
          add(name, measure, method, knha, "back_ci_ub", back$ci.ub)
        }
        w <- weights(res)
        for (i in seq_len(res$k)) {
          add(name, measure, method, knha, sprintf("yi[%d]", i), res$yi[i])
          add(name, measure, method, knha, sprintf("vi[%d]", i), res$vi[i])
          add(name, measure, method, knha, sprintf("weight[%d]", i), w[i])
        }
      }
    }
  }
}

out <- do.call(rbind, rows)
colnames(out) <- c("dataset", "measure", "method", "knha", "key", "value")
write.csv(out, "reference.csv", row.names = FALSE, quote = FALSE)
cat("wrote", nrow(out), "reference values\n")
