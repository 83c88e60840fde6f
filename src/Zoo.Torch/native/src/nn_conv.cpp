// torch.nn.functional: convolutions, linear layers, and the im2col/col2im pair behind unfold/fold.
#include "nn_args.h"

ZOO_API TensorHandle zoo_linear(TensorHandle input, TensorHandle weight, TensorHandle bias) {
  ZOO_TENSOR(at::linear(*input, *weight, zoo::optional(bias)));
}

ZOO_API TensorHandle zoo_conv1d(TensorHandle input, TensorHandle weight, TensorHandle bias, ZOO_INTS(stride),
                                ZOO_INTS(padding), ZOO_INTS(dilation), int64_t groups) {
  ZOO_TENSOR(at::conv1d(*input, *weight, zoo::optional(bias), ZOO_IR(stride), ZOO_IR(padding), ZOO_IR(dilation), groups));
}

ZOO_API TensorHandle zoo_conv2d(TensorHandle input, TensorHandle weight, TensorHandle bias, ZOO_INTS(stride),
                                ZOO_INTS(padding), ZOO_INTS(dilation), int64_t groups) {
  ZOO_TENSOR(at::conv2d(*input, *weight, zoo::optional(bias), ZOO_IR(stride), ZOO_IR(padding), ZOO_IR(dilation), groups));
}

// padding "same" or "valid" (libtorch computes the asymmetric padding "same" needs for even kernels).
ZOO_API TensorHandle zoo_conv1d_padding_mode(TensorHandle input, TensorHandle weight, TensorHandle bias, ZOO_INTS(stride),
                                             const char* padding, ZOO_INTS(dilation), int64_t groups) {
  ZOO_TENSOR(at::conv1d(*input, *weight, zoo::optional(bias), ZOO_IR(stride), c10::string_view(padding), ZOO_IR(dilation), groups));
}

ZOO_API TensorHandle zoo_conv2d_padding_mode(TensorHandle input, TensorHandle weight, TensorHandle bias, ZOO_INTS(stride),
                                             const char* padding, ZOO_INTS(dilation), int64_t groups) {
  ZOO_TENSOR(at::conv2d(*input, *weight, zoo::optional(bias), ZOO_IR(stride), c10::string_view(padding), ZOO_IR(dilation), groups));
}

ZOO_API TensorHandle zoo_conv_transpose1d(TensorHandle input, TensorHandle weight, TensorHandle bias, ZOO_INTS(stride),
                                          ZOO_INTS(padding), ZOO_INTS(output_padding), int64_t groups, ZOO_INTS(dilation)) {
  ZOO_TENSOR(at::conv_transpose1d(*input, *weight, zoo::optional(bias), ZOO_IR(stride), ZOO_IR(padding),
                                  ZOO_IR(output_padding), groups, ZOO_IR(dilation)));
}

ZOO_API TensorHandle zoo_conv_transpose2d(TensorHandle input, TensorHandle weight, TensorHandle bias, ZOO_INTS(stride),
                                          ZOO_INTS(padding), ZOO_INTS(output_padding), int64_t groups, ZOO_INTS(dilation)) {
  ZOO_TENSOR(at::conv_transpose2d(*input, *weight, zoo::optional(bias), ZOO_IR(stride), ZOO_IR(padding),
                                  ZOO_IR(output_padding), groups, ZOO_IR(dilation)));
}

// F.unfold: sliding 2-D blocks as columns, [N, C*kh*kw, L].
ZOO_API TensorHandle zoo_unfold(TensorHandle input, ZOO_INTS(kernel_size), ZOO_INTS(dilation), ZOO_INTS(padding),
                                ZOO_INTS(stride)) {
  ZOO_TENSOR(at::im2col(*input, ZOO_IR(kernel_size), ZOO_IR(dilation), ZOO_IR(padding), ZOO_IR(stride)));
}

// F.fold: the inverse arrangement, summing overlapping values.
ZOO_API TensorHandle zoo_fold(TensorHandle input, ZOO_INTS(output_size), ZOO_INTS(kernel_size), ZOO_INTS(dilation),
                              ZOO_INTS(padding), ZOO_INTS(stride)) {
  ZOO_TENSOR(at::col2im(*input, ZOO_IR(output_size), ZOO_IR(kernel_size), ZOO_IR(dilation), ZOO_IR(padding), ZOO_IR(stride)));
}
